package jp.tokyo23city.portal.member.boundary;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.audit.boundary.AuditLog;
import jp.tokyo23city.portal.member.control.MemberExportContact;
import jp.tokyo23city.portal.member.control.MemberExportRow;
import jp.tokyo23city.portal.member.control.MemberExportWriter;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberContact;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.member.entity.MemberStatus;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/**
 * The member register and every contact person, as an Excel workbook or CSV for the project office. Admins only:
 * the files hold municipal staff's names, addresses and phone numbers. Each export is written to the audit log.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MemberExportService {

    /** What can be exported. */
    public enum Format {
        /** 会員一覧 and 担当者一覧 in one workbook. */
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "会員一覧"),
        /** 会員一覧, one row per member with its main contact. */
        MEMBERS_CSV("csv", "text/csv; charset=UTF-8", "会員一覧"),
        /** 担当者一覧, one row per contact person. */
        CONTACTS_CSV("csv", "text/csv; charset=UTF-8", "担当者一覧");

        private final String extension;
        private final String contentType;
        private final String baseName;

        Format(String extension, String contentType, String baseName) {
            this.extension = extension;
            this.contentType = contentType;
            this.baseName = baseName;
        }

        public String contentType() {
            return contentType;
        }

        /** 会員一覧_20261129.xlsx */
        public String fileName(java.time.LocalDate day) {
            return baseName + "_" + day.toString().replace("-", "") + "." + extension;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditLog audit;

    /** The file's bytes, members of every status by reading. */
    public byte[] export(Format format) {
        List<Member> members = em.createQuery("SELECT m FROM Member m ORDER BY m.kana, m.id", Member.class)
                .getResultList();
        List<MemberContact> contacts = em.createQuery("SELECT c FROM MemberContact c"
                + " ORDER BY c.member.kana, c.member.id, c.main DESC, c.id", MemberContact.class).getResultList();
        Map<String, Prefecture> prefectures = em.createNamedQuery(Prefecture.ALL, Prefecture.class).getResultList()
                .stream().collect(Collectors.toMap(Prefecture::getCode, Function.identity()));
        List<MemberExportRow> rows = new ArrayList<>(members.size());
        for (Member m : members) {
            Prefecture prefecture = prefectures.get(m.getPrefectureCode());
            MemberContact main = m.getMainContact();
            rows.add(new MemberExportRow(m.getId(), kind(m.getKind()), status(m), m.getLgCode(),
                    prefecture == null ? m.getPrefectureCode() : prefecture.getName(),
                    prefecture == null ? "" : prefecture.getRegion().getName(), m.getName(), m.getKana(),
                    m.getDepartment(), m.getPostalCode(), m.getAddress(), m.getPhone(), m.getEmail(), m.getWebSite(),
                    m.getJoinedOn(), m.getLeftOn(), m.getMergedIntoId(),
                    main == null ? null : main.getFullName(), main == null ? null : main.getFullKana(),
                    main == null ? null : main.getPosition(), main == null ? null : main.getEmail(),
                    main == null ? null : main.getPhone()));
        }
        List<MemberExportContact> contactRows = contacts.stream()
                .map(c -> new MemberExportContact(c.getMember().getId(), c.getMember().getName(), c.isMain(),
                        c.getFullName(), c.getFullKana(), c.getPosition(), c.getEmail(), c.getPhone()))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case XLSX -> MemberExportWriter.writeXlsx(rows, contactRows, out);
            case MEMBERS_CSV -> MemberExportWriter.writeMembersCsv(rows, out);
            case CONTACTS_CSV -> MemberExportWriter.writeContactsCsv(contactRows, out);
            default -> throw new IllegalArgumentException(format.name());
        }
        audit.record(caller.getCallerPrincipal().getName(), "MEMBERS_EXPORTED",
                format.name() + " members " + rows.size() + " contacts " + contactRows.size());
        return out.toByteArray();
    }

    /** The day in the file name. */
    public java.time.LocalDate today() {
        return JapaneseDates.today();
    }

    static String kind(MemberKind kind) {
        return switch (kind) {
            case MUNICIPALITY -> "自治体";
            case ORGANISATION -> "団体";
            case WARD -> "特別区";
        };
    }

    static String status(Member member) {
        if (member.getMergedIntoId() != null) {
            return "統合済み";
        }
        return member.getStatus() == MemberStatus.ACTIVE ? "会員" : "退会";
    }
}
