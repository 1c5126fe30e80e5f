package jp.tokyo23city.portal.member.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import jp.tokyo23city.portal.member.control.WardNames;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberContact;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.security.Roles;

/**
 * The members' directory (会員名簿): active members with their department, phone, e-mail and contact persons, and the
 * 23 wards with their liaison contacts. Contact data is personal data of municipal staff: only signed-in staff of
 * members and wards, and admins, may call any method here, whatever page calls it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF})
public class MemberDirectoryService {

    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    WardNames wardNames;

    @PersistenceContext
    EntityManager em;

    /** One page of the active members that match, by reading (then id, so that pages never overlap). */
    public List<MemberDirectoryEntry> search(@NotNull MemberDirectoryQuery query, boolean descending,
                                             @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int max) {
        MemberDirectoryCriteria criteria = criteria(query);
        String direction = descending ? " DESC" : " ASC";
        List<Member> members = criteria.bind(em.createQuery("SELECT m FROM Member m" + criteria.where()
                        + " ORDER BY m.kana" + direction + ", m.id" + direction, Member.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
        return entries(members);
    }

    /** How many active members {@link #search} finds for the same query. */
    public long count(@NotNull MemberDirectoryQuery query) {
        MemberDirectoryCriteria criteria = criteria(query);
        return criteria.bind(em.createQuery("SELECT COUNT(m) FROM Member m" + criteria.where(), Long.class))
                .getSingleResult();
    }

    /**
     * The names of the 23 special wards that are members by their member id, in code order (千代田区 → 江戸川区), for
     * choices on forms and filters that every page of the board shows: a minute old at most, see {@link WardNames}.
     */
    public Map<Long, String> wardNames() {
        return wardNames.get();
    }

    /** The 23 special wards that are members, in code order (千代田区 → 江戸川区), with their liaison contacts. */
    public List<MemberDirectoryEntry> wards() {
        return entries(em.createQuery("SELECT m FROM Member m WHERE m.kind = :ward AND m.status = :active"
                        + " ORDER BY m.lgCode, m.id", Member.class)
                .setParameter("ward", MemberKind.WARD).setParameter("active", MemberStatus.ACTIVE)
                .getResultList());
    }

    /** The eight regions, 北海道 → 九州沖縄, for the filter. */
    public List<jp.tokyo23city.portal.municipality.entity.Region> regions() {
        return em.createNamedQuery(jp.tokyo23city.portal.municipality.entity.Region.ALL,
                jp.tokyo23city.portal.municipality.entity.Region.class).getResultList();
    }

    /** One active member of the directory, for a row the table asks for again by its key. */
    public java.util.Optional<MemberDirectoryEntry> find(long id) {
        Member member = em.find(Member.class, id);
        return member == null || !member.isActive() ? java.util.Optional.empty()
                : java.util.Optional.of(entries(List.of(member)).get(0));
    }

    private static MemberDirectoryCriteria criteria(MemberDirectoryQuery query) {
        return new MemberDirectoryCriteria(MemberStatus.ACTIVE, query.kind(), query.regionCode(),
                query.prefectureCode(), limit(query.text()));
    }

    private static String limit(String text) {
        return text == null || text.length() <= MemberDirectoryQuery.TEXT_MAX ? text
                : text.substring(0, MemberDirectoryQuery.TEXT_MAX);
    }

    private List<MemberDirectoryEntry> entries(List<Member> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        Map<String, Prefecture> prefectures = em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultList()
                .stream().collect(Collectors.toMap(Prefecture::getCode, Function.identity()));
        // One query for the contacts of the whole page rather than one per member.
        Map<Long, List<MemberDirectoryContact>> contacts = em.createQuery("SELECT c FROM MemberContact c"
                        + " WHERE c.member.id IN :ids ORDER BY c.main DESC, c.id", MemberContact.class)
                .setParameter("ids", members.stream().map(Member::getId).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.getMember().getId(),
                        Collectors.mapping(MemberDirectoryContact::of, Collectors.toList())));
        return members.stream().map(m -> {
            Prefecture prefecture = prefectures.get(m.getPrefectureCode());
            return new MemberDirectoryEntry(m.getId(), m.getName(), m.getKana(), m.getKind(), m.getLgCode(),
                    prefecture == null ? m.getPrefectureCode() : prefecture.getName(),
                    prefecture == null ? "" : prefecture.getRegion().getName(), m.getDepartment(), m.getPhone(),
                    m.getEmail(), m.getPostalCode(), m.getAddress(), m.getWebSite(),
                    contacts.getOrDefault(m.getId(), List.of()));
        }).toList();
    }
}
