package jp.tokyo23city.portal.member.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.member.control.CountHistory;
import jp.tokyo23city.portal.member.control.CountHistoryRow;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.platform.JapaneseDates;

/** Public figures about the membership. Contact details are not here: they are for signed-in staff only. */
@Stateless
public class MemberService {

    @PersistenceContext
    EntityManager em;

    /** Active members other than the 23 wards themselves: the number the project announces (390+). */
    public long countActiveMembers() {
        return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.status = :active AND m.kind <> :ward", Long.class)
                .setParameter("active", MemberStatus.ACTIVE).setParameter("ward", MemberKind.WARD)
                .getSingleResult();
    }

    /** Active members per region, in the usual order 北海道 → 九州沖縄, regions without members included. */
    public List<MemberCount> countByRegion() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.code, r.name, r.name_en, COUNT(m.id) FROM region r "
                        + "LEFT JOIN prefecture p ON p.region_code = r.code "
                        + "LEFT JOIN member m ON m.prefecture_code = p.code AND m.status = ? AND m.kind <> ? "
                        + "GROUP BY r.code, r.name, r.name_en, r.sort_order ORDER BY r.sort_order")
                .setParameter(1, MemberStatus.ACTIVE.name()).setParameter(2, MemberKind.WARD.name())
                .getResultList();
        return rows.stream()
                .map(row -> new MemberCount((String) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue()))
                .toList();
    }

    /**
     * The member count at the end of each 年度 since the first member joined, and today's, counted like
     * {@link #countActiveMembers()} (wards left out) from the days members joined and left. A duplicate merged into
     * another member is left out altogether: it was never a member of its own.
     */
    public List<CountHistoryRow> countHistory() {
        List<CountHistory.Membership> memberships = em.createQuery("SELECT m.joinedOn, m.leftOn FROM Member m"
                        + " WHERE m.kind <> :ward AND m.mergedIntoId IS NULL", Object[].class)
                .setParameter("ward", MemberKind.WARD).getResultList().stream()
                .map(row -> new CountHistory.Membership((LocalDate) row[0], (LocalDate) row[1]))
                .toList();
        return CountHistory.compute(memberships, JapaneseDates.today());
    }

    /** A member as other features refer to it (an inquiry's sender, an event's related member). */
    public Optional<MemberProfile> profile(Long memberId) {
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        return Optional.ofNullable(member).map(found -> new MemberProfile(found.getId(), found.getName(),
                found.getPrefectureCode(), found.getDepartment(), found.getKind() == MemberKind.WARD));
    }
}
