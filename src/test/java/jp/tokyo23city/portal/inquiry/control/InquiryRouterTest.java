package jp.tokyo23city.portal.inquiry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.inquiry.control.InquiryRouter.Rule;
import jp.tokyo23city.portal.inquiry.control.InquiryRouter.Sample;
import jp.tokyo23city.portal.inquiry.entity.RoutingConditions;
import jp.tokyo23city.portal.inquiry.entity.SenderKind;

class InquiryRouterTest {

    private static final long PROJECT_DESK = 1;
    private static final long MEMBERSHIP_DESK = 2;
    private static final long EVENT_OFFICE = 3;
    private static final long EVENT_TYPE = 30;
    private static final long MEMBERSHIP_TYPE = 20;

    private final List<Rule> rules = List.of(
            new Rule(10, new RoutingConditions("会員登録", MEMBERSHIP_DESK, MEMBERSHIP_TYPE, null, null, null, null, null)),
            new Rule(11, new RoutingConditions("講演会", EVENT_OFFICE, EVENT_TYPE, SenderKind.MEMBER, null, null, null,
                    "講演会、シンポジウム")),
            new Rule(12, new RoutingConditions("京都", PROJECT_DESK, null, null, null, null, "26", null)));

    @Test
    void firstMatchingRuleWins() {
        Sample sample = new Sample(MEMBERSHIP_TYPE, SenderKind.PUBLIC, null, null, "26", "登録", "担当者変更");
        assertThat(InquiryRouter.firstMatch(rules, sample)).map(Rule::id).contains(10L);
    }

    @Test
    void everySetConditionMustMatch() {
        Sample publicLecture = new Sample(EVENT_TYPE, SenderKind.PUBLIC, null, null, "13", "講演会の件", "");
        assertThat(InquiryRouter.firstMatch(rules, publicLecture)).isEmpty();
        Sample memberLecture = new Sample(EVENT_TYPE, SenderKind.MEMBER, null, null, "13", "参加について",
                "8月の講演会に参加したい");
        assertThat(InquiryRouter.firstMatch(rules, memberLecture)).map(Rule::id).contains(11L);
    }

    @Test
    void keywordsIgnoreWidthAndCase() {
        assertThat(InquiryRouter.keywordsMatch("PR動画 ｄｍｏ", "観光ＤＭＯについて", null)).isTrue();
        assertThat(InquiryRouter.keywordsMatch("PR動画", "ｐｒ動画", "")).isTrue();
        assertThat(InquiryRouter.keywordsMatch("パンフレット", "広報誌", "配布")).isFalse();
        assertThat(InquiryRouter.keywords(" 講演会、シンポジウム　展示,物産展 ")).containsExactly("講演会", "シンポジウム",
                "展示", "物産展");
    }

    @Test
    void noMatchLeavesItToTheDefaultDesk() {
        Sample sample = new Sample(99L, SenderKind.WARD, 5L, null, "01", "件名", "本文");
        assertThat(InquiryRouter.firstMatch(rules, sample)).isEmpty();
    }

    @Test
    void eventConditionMatchesOnlyThatEvent() {
        RoutingConditions onlyEvent7 = new RoutingConditions("展示", EVENT_OFFICE, null, null, 7L, null, null, null);
        assertThat(InquiryRouter.matches(onlyEvent7, new Sample(1L, SenderKind.MEMBER, 7L, null, null, "", "")))
                .isTrue();
        assertThat(InquiryRouter.matches(onlyEvent7, new Sample(1L, SenderKind.MEMBER, 8L, null, null, "", "")))
                .isFalse();
        assertThat(InquiryRouter.matches(onlyEvent7, new Sample(1L, SenderKind.MEMBER, null, null, null, "", "")))
                .isFalse();
    }
}
