package jp.tokyo23city.portal.member.control;

import java.time.LocalDate;

/**
 * One member as the export lists it, with its main contact (担当者) if it has one. Plain values, already in the words
 * the sheet shows (種別 and 状態 in Japanese), so that the writer needs no entity and no bundle.
 */
public record MemberExportRow(long id, String kind, String status, String lgCode, String prefecture, String region,
                              String name, String kana, String department, String postalCode, String address,
                              String phone, String email, String webSite, LocalDate joinedOn, LocalDate leftOn,
                              Long mergedIntoId, String contactName, String contactKana, String contactPosition,
                              String contactEmail, String contactPhone) {
}
