package jp.tokyo23city.portal.inquiry.control;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tokyo23city.portal.inquiry.entity.EntryKind;
import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.platform.TableExport;

/** Inquiries for the desk's spreadsheet: one row each, with the full message and every reply and note. */
public final class InquiryExport {

    public static final String SHEET = "お問い合わせ一覧";
    static final List<String> HEADERS = List.of("受付番号", "受付日時", "回答期限", "状態", "窓口", "種別", "差出人区分", "氏名",
            "ふりがな", "所属", "メール", "電話", "件名", "内容", "担当者", "初回回答日時", "回答", "内部メモ");

    private InquiryExport() {
    }

    public static void writeXlsx(List<Inquiry> inquiries, Map<Long, String> assignees, OutputStream out) {
        TableExport.writeXlsx(List.of(table(inquiries, assignees)), out);
    }

    public static void writeCsv(List<Inquiry> inquiries, Map<Long, String> assignees, OutputStream out) {
        TableExport.writeCsv(table(inquiries, assignees), out);
    }

    static TableExport.Table table(List<Inquiry> inquiries, Map<Long, String> assignees) {
        return new TableExport.Table(SHEET, HEADERS, inquiries.stream().map(i -> cells(i, assignees)).toList());
    }

    private static List<Object> cells(Inquiry inquiry, Map<Long, String> assignees) {
        List<Object> cells = new ArrayList<>();
        cells.add(inquiry.getReference());
        cells.add(JapaneseDates.dateTime(inquiry.getReceivedAt()));
        cells.add(inquiry.getDueOn().toString());
        cells.add(statusLabel(inquiry));
        cells.add(inquiry.getDesk().getName());
        cells.add(inquiry.getType().getName());
        cells.add(switch (inquiry.getSenderKind()) {
            case PUBLIC -> "一般";
            case MEMBER -> "会員";
            case WARD -> "特別区";
        });
        cells.add(inquiry.getSenderName());
        cells.add(inquiry.getSenderKana());
        cells.add(inquiry.getOrganisation());
        cells.add(inquiry.getEmail());
        cells.add(inquiry.getPhone());
        cells.add(inquiry.getSubject());
        cells.add(inquiry.getMessage());
        cells.add(inquiry.getAssigneeId() == null ? null : assignees.get(inquiry.getAssigneeId()));
        cells.add(inquiry.getAnsweredAt() == null ? null : JapaneseDates.dateTime(inquiry.getAnsweredAt()));
        cells.add(entries(inquiry, EntryKind.REPLY));
        cells.add(entries(inquiry, EntryKind.NOTE));
        return cells;
    }

    private static String entries(Inquiry inquiry, EntryKind kind) {
        return inquiry.getEntries().stream().filter(e -> e.getKind() == kind)
                .map(e -> "[" + JapaneseDates.dateTime(e.getCreatedAt()) + " " + e.getAuthor() + "]\n" + e.getBody())
                .collect(Collectors.joining("\n\n"));
    }

    /** The Japanese status names the desks use. */
    public static String statusLabel(Inquiry inquiry) {
        return switch (inquiry.getStatus()) {
            case NEW -> "新規";
            case IN_PROGRESS -> "対応中";
            case ANSWERED -> "回答済";
            case CLOSED -> "完了";
            case ON_HOLD -> "保留";
        };
    }
}
