package jp.tokyo23city.portal.board.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.board.entity.BoardNotice;
import jp.tokyo23city.portal.board.entity.BoardReader;
import jp.tokyo23city.portal.board.entity.BoardReply;
import jp.tokyo23city.portal.board.entity.BoardThread;
import jp.tokyo23city.portal.board.entity.FollowKind;
import jp.tokyo23city.portal.board.entity.MailMode;
import jp.tokyo23city.portal.mail.boundary.MailOutbox;

/**
 * Tells followers of new posts and replies: each notice written by a post is fanned out in the background to the
 * outbox (one mail per follower who wants mail at once), and digests collect the notices of a day or a week for
 * those who chose them. Runs in the board's jobs, where nobody is signed in.
 */
@Stateless
@PermitAll
public class BoardNotifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public List<Long> pending(int max) {
        return em.createQuery("SELECT n.id FROM BoardNotice n WHERE n.sentAt IS NULL ORDER BY n.id", Long.class)
                .setMaxResults(max).getResultList();
    }

    /** Queues the mails of one notice in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int fanOut(long noticeId) {
        BoardNotice notice = em.find(BoardNotice.class, noticeId);
        if (notice == null) {
            return 0;
        }
        notice.sent(Instant.now());
        BoardThread thread = em.find(BoardThread.class, notice.getThreadId());
        if (thread == null || !thread.isPublic()) {
            return 0;
        }
        Set<Long> followers = followers(thread);
        followers.remove(notice.getAuthorAccountId());
        if (notice.getReplyId() != null) {
            // the thread's author hears of every reply anyway (BoardMails)
            followers.remove(thread.getAuthor().getAccountId());
        }
        if (followers.isEmpty()) {
            return 0;
        }
        Map<Long, MailMode> modes = em.createQuery("SELECT r FROM BoardReader r WHERE r.accountId IN :ids",
                        BoardReader.class).setParameter("ids", followers).getResultList().stream()
                .collect(Collectors.toMap(BoardReader::getAccountId, BoardReader::getMailMode));
        List<Long> now = followers.stream()
                .filter(id -> modes.getOrDefault(id, MailMode.IMMEDIATE) == MailMode.IMMEDIATE).toList();
        if (now.isEmpty()) {
            return 0;
        }
        String subject;
        String lead;
        if (notice.getReplyId() == null) {
            subject = "【掲示板】新しい投稿：" + thread.getTitle();
            lead = (thread.getAuthor().getMemberName() == null ? thread.getAuthor().getName()
                    : thread.getAuthor().getMemberName()) + "が「" + thread.getType().getName() + "」を投稿しました。";
        } else {
            BoardReply reply = em.find(BoardReply.class, notice.getReplyId());
            String who = reply == null || reply.getAuthor().getMemberName() == null ? "" : reply.getAuthor().getMemberName();
            subject = "【掲示板】新しい返信：" + thread.getTitle();
            lead = who + "が返信しました。";
        }
        String body = lead + "\n\n" + thread.getTitle() + "\n" + baseUrl + "/board/thread.xhtml?id=" + thread.getId()
                + "\n\n（フォローの設定：" + baseUrl + "/board/settings.xhtml）\n";
        List<String> addresses = accounts.emailsOf(now);
        for (String address : addresses) {
            outbox.queue(address, subject, body);
        }
        return addresses.size();
    }

    /** Who follows this thread, its type, or a ward it addresses (any ward when it addresses all). */
    private Set<Long> followers(BoardThread thread) {
        Set<Long> ids = new HashSet<>(em.createQuery("SELECT f.accountId FROM BoardFollow f WHERE"
                        + " (f.kind = :thread AND f.targetId = :threadId) OR (f.kind = :type AND f.targetId = :typeId)",
                        Long.class)
                .setParameter("thread", FollowKind.THREAD).setParameter("threadId", thread.getId())
                .setParameter("type", FollowKind.TYPE).setParameter("typeId", thread.getType().getId())
                .getResultList());
        if (thread.isAllWards() || !thread.getWards().isEmpty()) {
            var wardFollows = em.createQuery("SELECT f.accountId, f.targetId FROM BoardFollow f WHERE f.kind = :ward",
                    Object[].class).setParameter("ward", FollowKind.WARD).getResultList();
            for (Object[] row : wardFollows) {
                if (thread.addresses((Long) row[1])) {
                    ids.add((Long) row[0]);
                }
            }
        }
        return ids;
    }

    /** Sends the digests that are due (daily or weekly), each listing the followed threads with news. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int digests() {
        Instant now = Instant.now();
        int sent = 0;
        for (BoardReader reader : em.createQuery("SELECT r FROM BoardReader r WHERE r.mailMode IN :modes",
                BoardReader.class).setParameter("modes", List.of(MailMode.DAILY, MailMode.WEEKLY)).getResultList()) {
            Duration period = reader.getMailMode() == MailMode.DAILY ? Duration.ofDays(1) : Duration.ofDays(7);
            Instant since = reader.getLastDigestAt() == null ? now.minus(period) : reader.getLastDigestAt();
            if (since.plus(period).isAfter(now)) {
                continue;
            }
            List<BoardThread> threads = em.createQuery("SELECT DISTINCT t FROM BoardNotice n, BoardThread t"
                            + " WHERE t.id = n.threadId AND n.createdAt > :since AND n.authorAccountId <> :me",
                            BoardThread.class).setParameter("since", since).setParameter("me", reader.getAccountId())
                    .getResultList().stream().filter(BoardThread::isPublic)
                    .filter(t -> followers(t).contains(reader.getAccountId())).toList();
            reader.digestSent(now);
            if (threads.isEmpty()) {
                continue;
            }
            StringBuilder body = new StringBuilder("フォローしている掲示板の新しい投稿・返信です。\n\n");
            for (BoardThread thread : threads) {
                body.append("・").append(thread.getTitle()).append("\n  ").append(baseUrl)
                        .append("/board/thread.xhtml?id=").append(thread.getId()).append('\n');
            }
            for (String address : accounts.emailsOf(List.of(reader.getAccountId()))) {
                outbox.queue(address, "【掲示板】" + (reader.getMailMode() == MailMode.DAILY ? "今日" : "今週")
                        + "の新着（" + threads.size() + "件）", body.toString());
                sent++;
            }
        }
        return sent;
    }
}
