package jp.tokyo23city.portal.event.control;

import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.event.entity.Signup;
import jp.tokyo23city.portal.platform.JapaneseDates;

/** The texts of the mails a sign-up causes, in Japanese as the project writes to participants. */
public final class SignupMails {

    static final String FOOTER = "\n\n特別区全国連携プロジェクト\n（このメールは送信専用です。ご返信いただいてもお答えできません）";

    private SignupMails() {
    }

    /** 令和7年8月12日(火) 14:00～16:30 / 令和7年5月12日(月)～令和7年6月20日(金) */
    public static String when(ProjectEvent event) {
        StringBuilder text = new StringBuilder(JapaneseDates.wareki(event.getStartsOn()));
        if (event.isOneDay()) {
            if (event.getStartTime() != null) {
                text.append(' ').append(event.getStartTime());
                if (event.getEndTime() != null) {
                    text.append('～').append(event.getEndTime());
                }
            }
        } else {
            text.append('～').append(JapaneseDates.wareki(event.getEndsOn()));
        }
        return text.toString();
    }

    private static String details(ProjectEvent event) {
        StringBuilder text = new StringBuilder();
        text.append("イベント：").append(event.getTitle()).append('\n');
        text.append("日時：").append(when(event)).append('\n');
        text.append("会場：").append(event.getVenue());
        if (event.getVenueAddress() != null) {
            text.append("（").append(event.getVenueAddress()).append("）");
        }
        text.append('\n');
        return text.toString();
    }

    public static String confirmedSubject(ProjectEvent event) {
        return "【参加確定】" + event.getTitle();
    }

    public static String confirmed(ProjectEvent event, Signup signup, String cancelUrl, String checkinUrl,
                                   String pageUrl, boolean promoted) {
        StringBuilder text = new StringBuilder(signup.getName()).append(" 様\n\n");
        text.append(promoted
                ? "キャンセルが出たため、キャンセル待ちから参加確定となりました。\n\n"
                : "お申込みありがとうございます。参加が確定しました。\n\n");
        text.append(details(event));
        if (event.getOnlineUrl() != null) {
            text.append("オンライン参加URL：").append(event.getOnlineUrl()).append('\n');
        }
        text.append("申込番号：").append(signup.getId()).append("\n\n");
        text.append("当日は受付で、添付のQRコード（または次の受付用URL）をご提示ください。\n").append(checkinUrl).append("\n\n");
        text.append("予定表に登録するには、添付の event.ics を開いてください。\n");
        text.append("イベントの詳細：").append(pageUrl).append("\n\n");
        text.append("ご都合が悪くなった場合は、次のURLからキャンセルしてください。\n").append(cancelUrl);
        return text + FOOTER;
    }

    public static String waitlistedSubject(ProjectEvent event) {
        return "【キャンセル待ち】" + event.getTitle();
    }

    public static String waitlisted(ProjectEvent event, Signup signup, String cancelUrl) {
        return signup.getName() + " 様\n\nお申込みありがとうございます。定員に達しているため、キャンセル待ちで承りました。\n"
                + "キャンセルが出ましたら、お申込み順に繰り上げてメールでお知らせします。\n\n" + details(event)
                + "申込番号：" + signup.getId() + "\n\nキャンセル待ちを取り消す場合は、次のURLから手続きしてください。\n" + cancelUrl
                + FOOTER;
    }

    public static String pendingSubject(ProjectEvent event) {
        return "【申込受付】" + event.getTitle();
    }

    public static String pending(ProjectEvent event, Signup signup, String cancelUrl) {
        return signup.getName() + " 様\n\nお申込みを受け付けました。主催者が確認のうえ、結果をメールでお知らせします。\n\n"
                + details(event) + "申込番号：" + signup.getId() + "\n\nお申込みを取り消す場合は、次のURLから手続きしてください。\n"
                + cancelUrl + FOOTER;
    }

    public static String cancelledSubject(ProjectEvent event) {
        return "【キャンセル受付】" + event.getTitle();
    }

    public static String cancelled(ProjectEvent event, Signup signup) {
        return signup.getName() + " 様\n\n次のイベントのお申込みをキャンセルしました。\n\n" + details(event)
                + "申込番号：" + signup.getId() + FOOTER;
    }

    public static String rejectedSubject(ProjectEvent event) {
        return "【お申込みについて】" + event.getTitle();
    }

    public static String rejected(ProjectEvent event, Signup signup) {
        return signup.getName() + " 様\n\n誠に申し訳ありませんが、次のイベントへのご参加はお受けできませんでした。\n\n"
                + details(event) + FOOTER;
    }

    public static String reminderSubject(ProjectEvent event) {
        return "【開催のご案内】" + event.getTitle();
    }

    public static String reminder(ProjectEvent event, Signup signup, String pageUrl) {
        return signup.getName() + " 様\n\nお申込みいただいたイベントが近づきましたのでお知らせします。\n\n" + details(event)
                + (event.getOnlineUrl() != null ? "オンライン参加URL：" + event.getOnlineUrl() + "\n" : "")
                + "申込番号：" + signup.getId() + "\n\n当日は受付で、参加確定のメールに添付したQRコードをご提示ください。\n"
                + "ご都合が悪くなった場合は、参加確定のメールに記載のURLからキャンセルしてください。\n"
                + "イベントの詳細：" + pageUrl + FOOTER;
    }

    public static String eventCancelledSubject(ProjectEvent event) {
        return "【中止のお知らせ】" + event.getTitle();
    }

    public static String eventCancelled(ProjectEvent event, Signup signup) {
        return signup.getName() + " 様\n\nお申込みいただいた次のイベントは、中止となりました。ご迷惑をおかけし申し訳ありません。\n\n"
                + details(event) + "申込番号：" + signup.getId() + FOOTER;
    }

    public static String organiserMail(ProjectEvent event, Signup signup, String body) {
        return signup.getName() + " 様\n\n" + body + "\n\n" + details(event) + FOOTER;
    }
}
