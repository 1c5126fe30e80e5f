package jp.tokyo23city.portal.member.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;

class MemberDirectoryCriteriaTest {

    @Test
    void halfWidthKatakanaAndFullWidthLettersFindTheHiraganaReadingAndTheNameAnywhereInIt() {
        MemberDirectoryCriteria criteria = new MemberDirectoryCriteria(MemberStatus.ACTIVE, null, null, null, " ﾀﾝﾊﾞ ");

        assertThat(criteria.parameters()).containsEntry("reading", "%たんば%").containsEntry("typed", "%ﾀﾝﾊﾞ%")
                .containsEntry("folded", "%タンバ%");
        assertThat(new MemberDirectoryCriteria(null, null, null, null, "ＤＭＯ").parameters())
                .containsEntry("folded", "%DMO%");
    }

    @Test
    void thePrefectureWinsOverTheRegionAndNoFilterMeansNoWhere() {
        MemberDirectoryCriteria both = new MemberDirectoryCriteria(MemberStatus.ACTIVE, MemberKind.WARD, "KANTO", "13",
                null);

        assertThat(both.where()).isEqualTo(" WHERE m.status = :status AND m.kind = :kind"
                + " AND m.prefectureCode = :prefectureCode");
        assertThat(new MemberDirectoryCriteria(null, null, "KINKI", null, null).where()).contains("p.region.code");
        assertThat(new MemberDirectoryCriteria(null, null, " ", "", "  ").where()).isEmpty();
    }

    @Test
    void likeWildcardsTypedBySomeoneAreSearchedForLiterally() {
        assertThat(new MemberDirectoryCriteria(null, null, null, null, "100%_!").parameters())
                .containsEntry("typed", "%100!%!_!!%");
    }
}
