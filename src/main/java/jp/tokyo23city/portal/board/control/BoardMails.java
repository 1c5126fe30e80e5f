package jp.tokyo23city.portal.board.control;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.board.entity.BoardThread;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;

/**
 * The board's mails, queued in the outbox inside the change's transaction (sent later by the outbox job, so posting
 * never waits for SMTP): the author of a thread hears of every reply, interest mark and status change.
 */
@ApplicationScoped
public class BoardMails {

    @Inject
    MailOutbox outbox;

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public void replied(BoardThread thread, String replierName, boolean wardAnswer, String body) {
        String what = wardAnswer ? replierName + "から回答がありました" : replierName + "から返信がありました";
        toAuthor(thread, "【掲示板】" + what + "：" + thread.getTitle(),
                what + "。\n\n" + excerpt(body) + "\n\n");
    }

    public void interested(BoardThread thread, String wardName, List<String> allInterested) {
        toAuthor(thread, "【掲示板】" + wardName + "が「関心あり」としました：" + thread.getTitle(),
                wardName + "が投稿に「関心あり」としました。\n関心ありの区：" + String.join("、", allInterested) + "\n\n");
    }

    public void statusChanged(BoardThread thread, String actorName, String statusLabel) {
        toAuthor(thread, "【掲示板】提案の状況が「" + statusLabel + "」になりました：" + thread.getTitle(),
                actorName + "が提案の状況を「" + statusLabel + "」にしました。\n\n");
    }

    private void toAuthor(BoardThread thread, String subject, String lead) {
        String body = thread.getAuthor().getName() + " 様\n\n" + lead
                + "投稿：" + thread.getTitle() + "\n" + link(thread.getId()) + "\n\n"
                + "（このメールは特別区全国連携プロジェクト 会員専用ホームページの掲示板から送信しています）\n";
        send(List.of(thread.getAuthor().getAccountId()), subject, body);
    }

    private void send(Collection<Long> accountIds, String subject, String body) {
        for (String address : accounts.emailsOf(accountIds)) {
            outbox.queue(address, subject, body);
        }
    }

    public String link(long threadId) {
        return baseUrl + "/board/thread.xhtml?id=" + threadId;
    }

    private static String excerpt(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
