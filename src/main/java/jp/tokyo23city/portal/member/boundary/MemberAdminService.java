package jp.tokyo23city.portal.member.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.entity.Account;
import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.member.control.MemberCsvException;
import jp.tokyo23city.portal.member.control.MemberCsvReader;
import jp.tokyo23city.portal.member.entity.ApplicationStatus;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberDetails;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.control.InvalidLgCodeException;
import jp.tokyo23city.portal.municipality.control.LgCode;
import jp.tokyo23city.portal.municipality.control.LgCodeCheckDigitException;
import jp.tokyo23city.portal.municipality.entity.Municipality;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/**
 * The project office's upkeep of the member register: list members of every status, register one directly, end and
 * resume a membership, and merge a duplicate into the member it duplicates. Admins only; every change is written to
 * the audit log.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MemberAdminService {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    Event<MemberAdminMerge> merged;

    /** One page of the members that match, any status, by reading (then id). */
    public List<Member> search(@NotNull MemberAdminQuery query, boolean descending,
                               @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int max) {
        MemberDirectoryCriteria criteria = criteria(query);
        String direction = descending ? " DESC" : " ASC";
        return criteria.bind(em.createQuery("SELECT m FROM Member m" + criteria.where()
                        + " ORDER BY m.kana" + direction + ", m.id" + direction, Member.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(@NotNull MemberAdminQuery query) {
        MemberDirectoryCriteria criteria = criteria(query);
        return criteria.bind(em.createQuery("SELECT COUNT(m) FROM Member m" + criteria.where(), Long.class))
                .getSingleResult();
    }

    public Optional<Member> find(long id) {
        return Optional.ofNullable(em.find(Member.class, id));
    }

    /** A member with its contacts and staff, for the edit page. */
    public MemberAdminDetail detail(long id) {
        Member member = get(id);
        Prefecture prefecture = em.find(Prefecture.class, member.getPrefectureCode());
        List<String> staff = em.createNamedQuery(Account.OF_MEMBER, Account.class).setParameter("memberId", id)
                .getResultList().stream().map(Account::getUsername).toList();
        String mergedInto = member.getMergedIntoId() == null ? null
                : find(member.getMergedIntoId()).map(Member::getName).orElse(null);
        return new MemberAdminDetail(member, prefecture == null ? member.getPrefectureCode() : prefecture.getName(),
                new ArrayList<>(member.getContacts()), staff, mergedInto);
    }

    /**
     * Registers a member directly. A municipality or ward is taken from the master by its code (five digits are
     * completed with the check digit); a municipality that already has a live member is refused.
     */
    public Member create(@NotNull MemberAdminForm form) {
        Member member = newMember(form);
        em.persist(member);
        em.flush();
        audit.record(admin(), "MEMBER_CREATED", "member " + member.getId() + " " + member.getName());
        return member;
    }

    /** Checks a form and makes the member it describes, without storing it (the import checks every line so). */
    Member newMember(MemberAdminForm form) {
        if (form.kind() == null) {
            throw new MemberAdminException("kind", "admin.members.edit.message.kindRequired");
        }
        MemberDetails details = form.details();
        LocalDate joinedOn = form.joinedOn() == null ? JapaneseDates.today() : form.joinedOn();
        if (joinedOn.isAfter(JapaneseDates.today())) {
            throw new MemberAdminException("joinedOn", "admin.members.edit.message.joinedInFuture");
        }
        Member member;
        if (form.kind() == MemberKind.ORGANISATION) {
            String prefectureCode = form.prefectureCode() == null ? "" : form.prefectureCode().strip();
            if (prefectureCode.isEmpty() || em.find(Prefecture.class, prefectureCode) == null) {
                throw new MemberAdminException("prefecture", "admin.members.edit.message.prefectureRequired");
            }
            member = new Member(form.normalisedName(), form.normalisedKana(), MemberKind.ORGANISATION, null,
                    prefectureCode, joinedOn);
        } else {
            Municipality municipality = municipality(form.lgCode());
            if (liveMemberOf(municipality.getLgCode()).isPresent()) {
                throw new MemberAdminException("lgCode", "admin.members.edit.message.alreadyMember",
                        municipality.getName());
            }
            member = new Member(municipality.getName(), municipality.getKana(),
                    municipality.isSpecialWard() ? MemberKind.WARD : MemberKind.MUNICIPALITY, municipality.getLgCode(),
                    municipality.getPrefecture().getCode(), joinedOn);
        }
        member.updateDetails(details);
        return member;
    }

    private Municipality municipality(String typedCode) {
        if (MemberAdminForm.blank(typedCode)) {
            throw new MemberAdminException("lgCode", "admin.members.edit.message.codeRequired");
        }
        LgCode code;
        try {
            code = LgCode.parse(typedCode);
        } catch (LgCodeCheckDigitException e) {
            throw new MemberAdminException("lgCode", "admin.members.edit.message.codeCheckDigit");
        } catch (InvalidLgCodeException e) {
            throw new MemberAdminException("lgCode", "admin.members.edit.message.codeInvalid");
        }
        return municipalities.findByCode(code).orElseThrow(
                () -> new MemberAdminException("lgCode", "admin.members.edit.message.codeNotInMaster", code.value()));
    }

    /** Ends a membership today: the member no longer counts or shows in the directory; its data stays. */
    public void deactivate(long id) {
        Member member = get(id);
        if (!member.isActive()) {
            throw new MemberAdminException("admin.members.edit.message.alreadyInactive");
        }
        member.deactivate(JapaneseDates.today());
        audit.record(admin(), "MEMBER_DEACTIVATED", "member " + id + " " + member.getName());
    }

    /**
     * Resumes a membership that was ended. A merged duplicate cannot be resumed (its contacts and staff are with the
     * other member now), nor a municipality that has another live member meanwhile.
     */
    public void reactivate(long id) {
        Member member = get(id);
        if (member.isActive()) {
            throw new MemberAdminException("admin.members.edit.message.alreadyActive");
        }
        if (member.getMergedIntoId() != null) {
            throw new MemberAdminException("admin.members.edit.message.mergedCannotResume");
        }
        if (member.getLgCode() != null) {
            Optional<Member> live = liveMemberOf(member.getLgCode());
            if (live.isPresent()) {
                throw new MemberAdminException("admin.members.edit.message.otherLiveMember", live.get().getName(),
                        live.get().getId());
            }
        }
        member.reactivate();
        audit.record(admin(), "MEMBER_REACTIVATED", "member " + id + " " + member.getName());
    }

    /**
     * Merges a duplicate into the member it duplicates, losing nothing: its contacts become contacts of the survivor
     * (the survivor's main contact stays main), its staff accounts become staff of the survivor, pending applications
     * that would join the duplicate will join the survivor, and {@link MemberAdminMerge} is fired for the rows other
     * features keep per member. The duplicate stays, inactive, pointing to the survivor, with its change history.
     */
    public MemberAdminMergeResult merge(long duplicateId, long survivorId) {
        if (duplicateId == survivorId) {
            throw new MemberAdminException("survivor", "admin.members.edit.message.mergeSelf");
        }
        Member duplicate = get(duplicateId);
        Member survivor = find(survivorId).orElseThrow(
                () -> new MemberAdminException("survivor", "admin.members.edit.message.survivorNotFound", survivorId));
        if (duplicate.getMergedIntoId() != null) {
            throw new MemberAdminException("admin.members.edit.message.alreadyMerged");
        }
        if (!survivor.isActive()) {
            throw new MemberAdminException("survivor", "admin.members.edit.message.survivorInactive",
                    survivor.getName());
        }
        em.flush();
        boolean survivorHasMain = survivor.getMainContact() != null;
        // Bulk updates keep the contacts' ids and creation times; the entities are read again afterwards.
        int contacts = em.createQuery("UPDATE MemberContact c SET c.member = :survivor"
                        + (survivorHasMain ? ", c.main = FALSE" : "") + " WHERE c.member = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
        int applications = em.createQuery("UPDATE MembershipApplication a SET a.existingMemberId = :survivor"
                        + " WHERE a.existingMemberId = :duplicate AND a.status = :pending")
                .setParameter("survivor", survivorId).setParameter("duplicate", duplicateId)
                .setParameter("pending", ApplicationStatus.PENDING).executeUpdate();
        int staff = accounts.moveStaff(duplicateId, survivorId);
        em.refresh(duplicate);
        em.refresh(survivor);
        LocalDate today = JapaneseDates.today();
        duplicate.mergeInto(survivor, today);
        String admin = admin();
        merged.fire(new MemberAdminMerge(duplicateId, survivorId, today, admin));
        audit.record(admin, "MEMBER_MERGED", "member " + duplicateId + " " + duplicate.getName() + " into member "
                + survivorId + " " + survivor.getName() + " (contacts " + contacts + ", staff " + staff
                + ", applications " + applications + ")");
        return new MemberAdminMergeResult(duplicateId, survivorId, contacts, staff, applications);
    }

    /**
     * Adds the members of a CSV file (columns in {@link MemberCsvReader}), each row checked like
     * {@link #create}: a row that fails is reported with its reason and the others are still added. A municipality
     * that is already a member, or listed twice in the file, is rejected; so is an organisation with the same name in
     * the same prefecture as a live one.
     *
     * @throws MemberAdminException if the file cannot be read at all (empty, a column missing, too many rows)
     */
    public MemberImportReport importCsv(@NotNull byte[] content) {
        List<MemberCsvReader.Line> lines;
        try {
            lines = MemberCsvReader.read(content);
        } catch (MemberCsvException e) {
            throw new MemberAdminException(e.messageKey(), e.arguments());
        }
        Map<String, String> prefectureCodes = new HashMap<>();
        for (Prefecture prefecture : municipalities.prefectures()) {
            prefectureCodes.put(prefecture.getName(), prefecture.getCode());
            prefectureCodes.put(prefecture.getCode(), prefecture.getCode());
        }
        List<MemberImportLine> report = new ArrayList<>();
        for (MemberCsvReader.Line line : lines) {
            // A municipality's row names it by its code only.
            String name = line.get(MemberCsvReader.NAME).isEmpty() ? line.get(MemberCsvReader.LG_CODE)
                    : line.get(MemberCsvReader.NAME);
            try {
                Member member = newMember(importForm(line, prefectureCodes));
                if (member.getKind() == MemberKind.ORGANISATION && liveOrganisation(member).isPresent()) {
                    throw new MemberAdminException(NAME, "admin.members.import.message.organisationExists");
                }
                em.persist(member);
                em.flush();
                report.add(new MemberImportLine(line.number(), member.getName(), member.getId(), null, null));
            } catch (MemberAdminException e) {
                report.add(new MemberImportLine(line.number(), name, null, e.messageKey(), e.arguments()));
            }
        }
        long added = report.stream().filter(MemberImportLine::isAdded).count();
        audit.record(admin(), "MEMBERS_IMPORTED", "added " + added + " rejected " + (report.size() - added));
        return new MemberImportReport(report);
    }

    private static final String NAME = "name";

    private static MemberAdminForm importForm(MemberCsvReader.Line line, Map<String, String> prefectureCodes) {
        MemberKind kind = switch (line.get(MemberCsvReader.KIND)) {
            case "自治体", "市区町村", "特別区" -> MemberKind.MUNICIPALITY;
            case "団体" -> MemberKind.ORGANISATION;
            default -> throw new MemberAdminException("kind", "admin.members.import.message.kindInvalid",
                    line.get(MemberCsvReader.KIND));
        };
        String prefecture = line.get(MemberCsvReader.PREFECTURE);
        String prefectureCode = prefecture.isEmpty() ? null : prefectureCodes.get(prefecture);
        if (kind == MemberKind.ORGANISATION && prefectureCode == null) {
            throw new MemberAdminException("prefecture", prefecture.isEmpty()
                    ? "admin.members.edit.message.prefectureRequired" : "admin.members.import.message.prefectureUnknown",
                    prefecture);
        }
        LocalDate joinedOn = null;
        String joined = line.get(MemberCsvReader.JOINED_ON);
        if (!joined.isEmpty()) {
            try {
                joinedOn = LocalDate.parse(java.text.Normalizer.normalize(joined, java.text.Normalizer.Form.NFKC)
                        .replace('/', '-'), java.time.format.DateTimeFormatter.ofPattern("uuuu-M-d"));
            } catch (java.time.format.DateTimeParseException e) {
                throw new MemberAdminException("joinedOn", "admin.members.import.message.joinedOnInvalid", joined);
            }
        }
        return new MemberAdminForm(kind, line.get(MemberCsvReader.LG_CODE), line.get(MemberCsvReader.NAME),
                line.get(MemberCsvReader.KANA), prefectureCode, line.get(MemberCsvReader.DEPARTMENT),
                line.get(MemberCsvReader.POSTAL_CODE), line.get(MemberCsvReader.ADDRESS),
                line.get(MemberCsvReader.PHONE), line.get(MemberCsvReader.EMAIL), line.get(MemberCsvReader.WEB_SITE),
                joinedOn);
    }

    private Optional<Member> liveOrganisation(Member candidate) {
        return em.createQuery("SELECT m FROM Member m WHERE m.kind = :kind AND m.status = :active"
                        + " AND m.name = :name AND m.prefectureCode = :prefecture", Member.class)
                .setParameter("kind", MemberKind.ORGANISATION).setParameter("active", MemberStatus.ACTIVE)
                .setParameter("name", candidate.getName()).setParameter("prefecture", candidate.getPrefectureCode())
                .getResultStream().findFirst();
    }

    Member get(long id) {
        return find(id).orElseThrow(() -> new MemberAdminException("admin.members.edit.message.notFound", id));
    }

    Optional<Member> liveMemberOf(String lgCode) {
        return em.createNamedQuery(Member.BY_LG_CODE_AND_STATUS, Member.class)
                .setParameter("lgCode", lgCode).setParameter("status", MemberStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    String admin() {
        return caller.getCallerPrincipal().getName();
    }

    private static MemberDirectoryCriteria criteria(MemberAdminQuery query) {
        String text = query.text();
        if (text != null && text.length() > MemberDirectoryQuery.TEXT_MAX) {
            text = text.substring(0, MemberDirectoryQuery.TEXT_MAX);
        }
        return new MemberDirectoryCriteria(query.status(), query.kind(), null, query.prefectureCode(), text);
    }
}
