package jp.tokyo23city.portal.member.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.member.entity.MemberDetails;

class MemberUpkeepInputTest {

    @Test
    void detailsAreNormalisedAsTheApplicationFormDoes() {
        MemberDetails details = MemberUpkeepInput.details(new MemberDetails(" 企画情報課 ", "〒６２２－０２９２",
                "京都府船井郡京丹波町蒲生八ツ谷62番地6", "０７７１－８２－３８０１", "Kikaku@TOWN.Example.JP",
                " "));
        assertThat(details).isEqualTo(new MemberDetails("企画情報課", "622-0292",
                "京都府船井郡京丹波町蒲生八ツ谷62番地6", "0771-82-3801", "Kikaku@town.example.jp", null));
    }

    @Test
    void everyWrongFieldIsNamedAtOnceInFormOrder() {
        MemberUpkeepInputException e = catchThrowableOfType(() -> MemberUpkeepInput.details(new MemberDetails(
                "", "12345", null, "075-123", "tanto＠city", "javascript:alert(1)")),
                MemberUpkeepInputException.class);
        assertThat(e.problems()).containsOnlyKeys("department", "postalCode", "address", "phone", "email", "webSite");
        assertThat(e.problems().keySet()).containsExactly("department", "postalCode", "address", "phone", "email",
                "webSite");
        assertThat(e.problems().get("department").messageKey())
                .isEqualTo("members.registration.input.department.required");
        assertThat(e.problems().get("address").messageKey()).isEqualTo("members.registration.input.address.required");
        assertThat(e.problems().get("postalCode").messageKey()).isEqualTo("member.input.postalCode.invalid");
        assertThat(e.problems().get("phone").messageKey()).isEqualTo("member.input.phone.tooShort");
        assertThat(e.problems().get("phone").arguments()).containsExactly(6, 10);
        assertThat(e.problems().get("email").messageKey()).isEqualTo("member.input.email.invalid");
        assertThat(e.problems().get("webSite").messageKey()).isEqualTo("member.input.webSite.scheme");
    }

    @Test
    void aDepartmentLongerThanItsColumnIsRefusedWithTheLimit() {
        MemberUpkeepInputException e = catchThrowableOfType(() -> MemberUpkeepInput.details(new MemberDetails(
                "課".repeat(101), "100-0014", "東京都千代田区", "03-5210-9747", "a@example.jp", null)),
                MemberUpkeepInputException.class);
        assertThat(e.problems()).containsOnlyKeys("department");
        assertThat(e.problems().get("department").messageKey()).isEqualTo("member.input.text.tooLong");
        assertThat(e.problems().get("department").arguments()).containsExactly(100, 101);
    }

    @Test
    void aContactsKatakanaReadingIsStoredInHiraganaAndOptionalFieldsMayStayEmpty() {
        MemberUpkeepContactForm form = MemberUpkeepInput.contact(new MemberUpkeepContactForm("丹波", "花子",
                "ﾀﾝﾊﾞ", "ハナコ", " ", "hanako@town.example.jp", "", true));
        assertThat(form).isEqualTo(new MemberUpkeepContactForm("丹波", "花子", "たんば", "はなこ", null,
                "hanako@town.example.jp", null, true));
    }

    @Test
    void aContactWithWrongFieldsNamesEachByItsIdOnThePage() {
        MemberUpkeepInputException e = catchThrowableOfType(() -> MemberUpkeepInput.contact(
                new MemberUpkeepContactForm(" ", "花子", "丹波", "はなこ", null, "はなこ@example.jp", "+1 555 0100",
                        false)), MemberUpkeepInputException.class);
        assertThat(e.problems().keySet()).containsExactly("familyName", "familyKana", "contactEmail",
                "contactPhone");
        assertThat(e.problems().get("familyKana").messageKey()).isEqualTo("member.input.kana.characters");
        assertThat(e.problems().get("familyKana").arguments()).containsExactly("丹");
        assertThat(e.problems().get("contactPhone").messageKey()).isEqualTo("member.input.phone.foreign");
    }

    @Test
    void aReadingLongerThanAContactsColumnIsRefusedWithThatLimit() {
        MemberUpkeepInputException e = catchThrowableOfType(() -> MemberUpkeepInput.contact(
                new MemberUpkeepContactForm("丹波", "花子", "あ".repeat(101), "はなこ", null, "h@example.jp", null,
                        false)), MemberUpkeepInputException.class);
        assertThat(e.problems().get("familyKana").messageKey()).isEqualTo("member.input.kana.tooLong");
        assertThat(e.problems().get("familyKana").arguments()).containsExactly(100);
    }

    @Test
    void anInvitationNeedsAnAddressAndAName() {
        assertThat(MemberUpkeepInput.invitation("ｙａｍａｄａ＠town.example.jp", "山田　花子"))
                .containsExactly("yamada@town.example.jp", "山田 花子");
        MemberUpkeepInputException e = catchThrowableOfType(() -> MemberUpkeepInput.invitation("", null),
                MemberUpkeepInputException.class);
        assertThat(e.problems().keySet()).containsExactly("inviteEmail", "inviteName");
    }
}
