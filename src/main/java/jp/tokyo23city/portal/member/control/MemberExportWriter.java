package jp.tokyo23city.portal.member.control;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.tokyo23city.portal.platform.TableExport;

/**
 * Writes the member list for the project office: an Excel workbook (会員一覧 with one row per member and its main
 * contact, 担当者一覧 with every contact) and CSV files that Excel opens with the Japanese intact (see
 * {@link TableExport}: BOM, CRLF, formulas defused; members type their own department and address).
 */
public final class MemberExportWriter {

    public static final char BOM = TableExport.BOM;

    static final List<String> MEMBER_HEADERS = List.of("会員ID", "種別", "状態", "全国地方公共団体コード", "都道府県", "地方",
            "名称", "ふりがな", "担当部署", "郵便番号", "住所", "電話", "メール", "ウェブサイト", "登録日", "退会日", "統合先会員ID",
            "主担当者", "主担当者ふりがな", "主担当者役職", "主担当者メール", "主担当者電話");
    static final List<String> CONTACT_HEADERS = List.of("会員ID", "会員名称", "主担当", "氏名", "ふりがな", "役職", "メール",
            "電話");
    public static final String MEMBERS_SHEET = "会員一覧";
    public static final String CONTACTS_SHEET = "担当者一覧";

    private MemberExportWriter() {
    }

    /** The workbook with the sheets 会員一覧 and 担当者一覧, each with a header row. */
    public static void writeXlsx(List<MemberExportRow> members, List<MemberExportContact> contacts,
                                 OutputStream out) {
        TableExport.writeXlsx(List.of(membersTable(members), contactsTable(contacts)), out);
    }

    /** 会員一覧 as CSV: UTF-8 with BOM, CRLF, one row per member with its main contact. */
    public static void writeMembersCsv(List<MemberExportRow> members, OutputStream out) {
        TableExport.writeCsv(membersTable(members), out);
    }

    /** 担当者一覧 as CSV, like {@link #writeMembersCsv}. */
    public static void writeContactsCsv(List<MemberExportContact> contacts, OutputStream out) {
        TableExport.writeCsv(contactsTable(contacts), out);
    }

    private static TableExport.Table membersTable(List<MemberExportRow> members) {
        return new TableExport.Table(MEMBERS_SHEET, MEMBER_HEADERS,
                members.stream().map(MemberExportWriter::memberCells).toList());
    }

    private static TableExport.Table contactsTable(List<MemberExportContact> contacts) {
        return new TableExport.Table(CONTACTS_SHEET, CONTACT_HEADERS,
                contacts.stream().map(MemberExportWriter::contactCells).toList());
    }

    private static List<Object> memberCells(MemberExportRow m) {
        List<Object> cells = new ArrayList<>();
        cells.add(m.id());
        cells.add(m.kind());
        cells.add(m.status());
        cells.add(m.lgCode());
        cells.add(m.prefecture());
        cells.add(m.region());
        cells.add(m.name());
        cells.add(m.kana());
        cells.add(m.department());
        cells.add(m.postalCode());
        cells.add(m.address());
        cells.add(m.phone());
        cells.add(m.email());
        cells.add(m.webSite());
        cells.add(date(m.joinedOn()));
        cells.add(date(m.leftOn()));
        cells.add(m.mergedIntoId());
        cells.add(m.contactName());
        cells.add(m.contactKana());
        cells.add(m.contactPosition());
        cells.add(m.contactEmail());
        cells.add(m.contactPhone());
        return cells;
    }

    private static List<Object> contactCells(MemberExportContact c) {
        List<Object> cells = new ArrayList<>();
        cells.add(c.memberId());
        cells.add(c.memberName());
        cells.add(c.main() ? "○" : "");
        cells.add(c.name());
        cells.add(c.kana());
        cells.add(c.position());
        cells.add(c.email());
        cells.add(c.phone());
        return cells;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
