package jp.tokyo23city.portal.inquiry.control;

import java.time.LocalDate;

import jp.tokyo23city.portal.inquiry.entity.Desk;
import jp.tokyo23city.portal.inquiry.entity.Inquiry;
import jp.tokyo23city.portal.platform.JapaneseDates;

/**
 * The mails of the inquiry feature, in the Japanese a desk would write: each says what happened, what the reference
 * number is and what to do next. The reference number is in every subject, so that replies thread in a mail client.
 */
public final class InquiryMails {

    private static final String PROJECT = "特別区全国連携プロジェクト";

    private InquiryMails() {
    }

    public static String receiptSubject(String reference) {
        return "【" + PROJECT + "】お問い合わせを受け付けました［" + reference + "］";
    }

    public static String receipt(Inquiry inquiry, String statusUrl, String attachmentName) {
        Desk desk = inquiry.getDesk();
        return inquiry.getSenderName() + " 様\n\n"
                + PROJECT + "へのお問い合わせをありがとうございます。\n"
                + "次の内容で受け付けました。担当窓口から、" + JapaneseDates.wareki(inquiry.getDueOn())
                + "までを目安にご連絡します（土日祝日・年末年始を除きます）。\n\n"
                + "受付番号：" + inquiry.getReference() + "\n"
                + "担当窓口：" + desk.getName() + "\n\n"
                + "対応状況は次のリンクからご確認いただけます（このリンクは他の方に知らせないでください）。\n"
                + statusUrl + "\n\n"
                + "―― お問い合わせの内容 ――\n"
                + "種別：" + inquiry.getType().getName() + "\n"
                + "お名前：" + inquiry.getSenderName() + "（" + inquiry.getSenderKana() + "）\n"
                + (inquiry.getOrganisation() == null ? "" : "所属：" + inquiry.getOrganisation() + "\n")
                + "メールアドレス：" + inquiry.getEmail() + "\n"
                + (inquiry.getPhone() == null ? "" : "電話番号：" + inquiry.getPhone() + "\n")
                + "件名：" + inquiry.getSubject() + "\n"
                + (attachmentName == null ? "" : "添付ファイル：" + attachmentName + "\n")
                + "\n" + inquiry.getMessage() + "\n\n"
                + "お心当たりのない場合は、お手数ですが下記の窓口までお知らせください。\n\n" + signature(desk);
    }

    public static String deskNoticeSubject(Inquiry inquiry) {
        return "【お問い合わせ】新しいお問い合わせ［" + inquiry.getReference() + "］" + inquiry.getSubject();
    }

    public static String deskNotice(Inquiry inquiry, String url) {
        return inquiry.getDesk().getName() + " ご担当者様\n\n"
                + "新しいお問い合わせが届きました。回答期限は" + JapaneseDates.wareki(inquiry.getDueOn()) + "です。\n\n"
                + "受付番号：" + inquiry.getReference() + "\n"
                + "種別：" + inquiry.getType().getName() + "\n"
                + "差出人：" + inquiry.getSenderName()
                + (inquiry.getOrganisation() == null ? "" : "（" + inquiry.getOrganisation() + "）") + "\n"
                + "件名：" + inquiry.getSubject() + "\n\n"
                + "内容の確認と対応は、ポータルの窓口ページから行ってください（ログインが必要です）。\n" + url + "\n\n"
                + systemSignature();
    }

    public static String transferSubject(Inquiry inquiry) {
        return "【お問い合わせ】他の窓口から回付されました［" + inquiry.getReference() + "］" + inquiry.getSubject();
    }

    public static String transfer(Inquiry inquiry, String fromDesk, String reason, String url) {
        return inquiry.getDesk().getName() + " ご担当者様\n\n"
                + fromDesk + " から、次のお問い合わせが回付されました。回答期限は"
                + JapaneseDates.wareki(inquiry.getDueOn()) + "です。\n\n"
                + "受付番号：" + inquiry.getReference() + "\n"
                + "件名：" + inquiry.getSubject() + "\n"
                + "回付の理由：" + reason + "\n\n" + url + "\n\n" + systemSignature();
    }

    public static String replySubject(Inquiry inquiry) {
        return "【" + PROJECT + "】お問い合わせへの回答［" + inquiry.getReference() + "］" + inquiry.getSubject();
    }

    public static String reply(Inquiry inquiry, String body) {
        return inquiry.getSenderName() + " 様\n\n"
                + "受付番号 " + inquiry.getReference() + " のお問い合わせについて、次のとおり回答いたします。\n\n"
                + body + "\n\n"
                + "このメールは送信専用です。ご不明な点がございましたら、受付番号を添えて下記の窓口までお問い合わせください。"
                + "これまでのやり取りは、受付時のメールに記載したリンクからご覧いただけます。\n\n" + signature(inquiry.getDesk());
    }

    public static String reminderSubject(Desk desk, int count) {
        return "【お問い合わせ】回答期限を過ぎたお問い合わせが" + count + "件あります（" + desk.getName() + "）";
    }

    public static String reminder(Desk desk, Iterable<Inquiry> overdue, LocalDate today, String queueUrl) {
        StringBuilder body = new StringBuilder(desk.getName()).append(" ご担当者様\n\n")
                .append("次のお問い合わせは回答期限を過ぎています。対応をお願いします（")
                .append(JapaneseDates.wareki(today)).append("現在）。\n\n");
        for (Inquiry inquiry : overdue) {
            body.append("・").append(inquiry.getReference()).append("　期限 ")
                    .append(JapaneseDates.wareki(inquiry.getDueOn())).append("　").append(inquiry.getSubject())
                    .append('\n');
        }
        return body.append("\n窓口の一覧：").append(queueUrl).append("\n\n").append(systemSignature()).toString();
    }

    private static String signature(Desk desk) {
        return "――――――――――――――――――――\n" + PROJECT + "\n" + desk.getName() + "\n"
                + (desk.getPhone() == null ? "" : "電話 " + desk.getPhone() + "\n")
                + (desk.getBusinessHours() == null ? "" : desk.getBusinessHours() + "\n")
                + (desk.getEmail() == null ? "" : "メール " + desk.getEmail() + "\n")
                + "（このメールは送信専用のアドレスから送っています）";
    }

    private static String systemSignature() {
        return "――――――――――――――――――――\n" + PROJECT + " ポータル（自動送信）";
    }
}
