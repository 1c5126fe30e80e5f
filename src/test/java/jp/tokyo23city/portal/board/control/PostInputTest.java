package jp.tokyo23city.portal.board.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.board.boundary.BoardException;
import jp.tokyo23city.portal.board.entity.Activity;
import jp.tokyo23city.portal.board.entity.BoardType;
import jp.tokyo23city.portal.board.entity.BoardTypeField;
import jp.tokyo23city.portal.board.entity.FieldKind;
import jp.tokyo23city.portal.board.entity.PostContent;

class PostInputTest {

    private static final Set<Long> WARDS = Set.of(1L, 2L, 3L);

    private static BoardType proposal() {
        BoardType type = new BoardType("PROPOSAL", "提案", "Proposal", "red", true, 1);
        type.getFields().add(new BoardTypeField(type, "activity", "分野", "Field", FieldKind.ACTIVITY, true, 1));
        type.getFields().add(new BoardTypeField(type, "wards", "提案先の区", "Wards", FieldKind.WARDS, true, 2));
        type.getFields().add(new BoardTypeField(type, "period", "実施時期", "Period", FieldKind.PERIOD, false, 3));
        type.getFields().add(new BoardTypeField(type, "quantity", "部数", "Quantity", FieldKind.NUMBER, false, 4));
        type.getFields().add(new BoardTypeField(type, "video", "動画のURL", "Video", FieldKind.VIDEO_URL, false, 5));
        return type;
    }

    @Test
    void aCompleteProposalKeepsItsFieldsAndWhatListsNeed() {
        Map<String, String> typed = new HashMap<>();
        typed.put("activity", "TOURISM");
        typed.put("period.from", "2027-04-01");
        typed.put("period.to", "2027-05-31");
        typed.put("quantity", "１，０００");
        typed.put("video", "https://www.youtube.com/watch?v=x");
        PostContent content = PostInput.check(proposal(), " 物産展の提案 ", "本文", typed, false, Set.of(1L, 2L), WARDS);
        assertThat(content.title()).isEqualTo("物産展の提案");
        assertThat(content.activity()).isEqualTo(Activity.TOURISM);
        assertThat(content.wards()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(content.periodEnd()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(content.values()).containsEntry("period", "2027-04-01/2027-05-31").containsEntry("quantity", "1000");
    }

    @Test
    void missingRequiredFieldsAndBadValuesAreNamed() {
        Map<String, String> typed = new HashMap<>(Map.of("activity", "TOURISM"));
        assertThatThrownBy(() -> PostInput.check(proposal(), "t", "b", typed, false, Set.of(), WARDS))
                .isInstanceOf(BoardException.class).extracting("messageKey").isEqualTo("board.message.fieldRequired");
        assertThatThrownBy(() -> PostInput.check(proposal(), "t", "b", Map.of("activity", "TOURISM", "video",
                "javascript:alert(1)"), true, Set.of(), WARDS))
                .extracting("messageKey").isEqualTo("board.message.invalidUrl");
        assertThatThrownBy(() -> PostInput.check(proposal(), "t", "b", Map.of("activity", "TOURISM", "period.from",
                "2027-05-01", "period.to", "2027-04-01"), true, Set.of(), WARDS))
                .extracting("messageKey").isEqualTo("board.message.periodOrder");
        assertThatThrownBy(() -> PostInput.check(proposal(), "t", "b", Map.of("activity", "TOURISM"), false,
                Set.of(99L), WARDS)).extracting("messageKey").isEqualTo("board.message.invalidValue");
        assertThatThrownBy(() -> PostInput.check(proposal(), "", "b", Map.of(), true, Set.of(), WARDS))
                .extracting("messageKey").isEqualTo("board.message.titleRequired");
    }

    @Test
    void allWardsNeedsNoList() {
        PostContent content = PostInput.check(proposal(), "t", "b", Map.of("activity", "OTHER"), true, Set.of(2L), WARDS);
        assertThat(content.allWards()).isTrue();
        assertThat(content.wards()).isEmpty();
    }
}
