package jp.tokyo23city.portal.member.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.member.entity.MemberDetails;
import jp.tokyo23city.portal.member.entity.MemberKind;

class MemberAdminFormTest {

    private static MemberAdminForm form(String postalCode, String phone, String email) {
        return new MemberAdminForm(MemberKind.ORGANISATION, null, " 長野県　町村会 ", "ナガノケンチョウソンカイ", "20",
                "  ", postalCode, null, phone, email, null, null);
    }

    @Test
    void normalisesWhatIsGivenAndLeavesTheRestEmpty() {
        MemberDetails details = form("〒３８０－０８３８", "０２６（２２７）２２１１", "Info@Example.JP").details();

        assertThat(details.postalCode()).isEqualTo("380-0838");
        assertThat(details.phone()).isEqualTo("026-227-2211");
        assertThat(details.email()).isEqualTo("Info@example.jp");
        assertThat(details.department()).isNull();
        assertThat(details.address()).isNull();
        assertThat(details.webSite()).isNull();
    }

    @Test
    void namesTheFieldAndTheReasonOfWrongInput() {
        assertThatThrownBy(() -> form("12345", null, null).details())
                .isInstanceOfSatisfying(MemberAdminException.class, e -> {
                    assertThat(e.field()).isEqualTo("postalCode");
                    assertThat(e.messageKey()).isEqualTo("member.input.postalCode.invalid");
                });
        assertThatThrownBy(() -> form(null, "03-1234", null).details())
                .isInstanceOfSatisfying(MemberAdminException.class, e -> {
                    assertThat(e.field()).isEqualTo("phone");
                    assertThat(e.messageKey()).isEqualTo("member.input.phone.tooShort");
                });
    }

    @Test
    void theOrganisationsNameAndReadingAreNormalised() {
        MemberAdminForm form = form(null, null, null);

        assertThat(form.normalisedName()).isEqualTo("長野県 町村会");
        assertThat(form.normalisedKana()).isEqualTo("ながのけんちょうそんかい");
    }

    @Test
    void listsEveryProblemAtOnceOnePerField() {
        MemberAdminForm form = new MemberAdminForm(MemberKind.ORGANISATION, null, " ", "Kyoto", null, null, "1",
                null, "03-1", "tanto@", "javascript:alert(1)", null);

        assertThat(form.problems()).extracting(MemberAdminException::field)
                .containsExactlyInAnyOrder("prefecture", "postalCode", "phone", "email", "webSite", "name", "kana");
        assertThat(new MemberAdminForm(MemberKind.MUNICIPALITY, "", null, null, null, null, null, null, null, null,
                null, null).problems()).extracting(MemberAdminException::messageKey)
                .containsExactly("admin.members.edit.message.codeRequired");
    }
}
