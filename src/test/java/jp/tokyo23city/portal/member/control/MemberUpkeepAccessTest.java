package jp.tokyo23city.portal.member.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberUpkeepAccessTest {

    private static final Long A = 10L;
    private static final Long B = 20L;

    @Test
    void staffOfMemberAReadAndChangeMemberAOnly() {
        assertThat(MemberUpkeepAccess.mayRead(false, false, A, A)).isTrue();
        assertThat(MemberUpkeepAccess.mayChange(false, A, A)).isTrue();
        assertThat(MemberUpkeepAccess.mayRead(false, false, A, B)).isFalse();
        assertThat(MemberUpkeepAccess.mayChange(false, A, B)).isFalse();
    }

    @Test
    void wardStaffReadEveryMemberButChangeOnlyTheirOwnWard() {
        assertThat(MemberUpkeepAccess.mayRead(false, true, A, B)).isTrue();
        assertThat(MemberUpkeepAccess.mayChange(false, A, B)).isFalse();
        assertThat(MemberUpkeepAccess.mayChange(false, A, A)).isTrue();
    }

    @Test
    void adminsReadAndChangeEveryMemberWithoutBeingStaffOfOne() {
        assertThat(MemberUpkeepAccess.mayRead(true, false, null, B)).isTrue();
        assertThat(MemberUpkeepAccess.mayChange(true, null, B)).isTrue();
    }

    @Test
    void staffOfNoMemberReadAndChangeNothing() {
        assertThat(MemberUpkeepAccess.mayRead(false, false, null, A)).isFalse();
        assertThat(MemberUpkeepAccess.mayChange(false, null, A)).isFalse();
        assertThat(MemberUpkeepAccess.mayRead(true, true, A, null)).isFalse();
    }
}
