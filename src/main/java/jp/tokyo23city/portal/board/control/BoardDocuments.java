package jp.tokyo23city.portal.board.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.board.entity.BoardThread;

/**
 * Reads threads as search documents: for the update after each change and for a rebuild from the database. Not a
 * boundary of users: it runs after commit and in the rebuild task, where no caller is signed in.
 */
@Stateless
@PermitAll
public class BoardDocuments {

    @PersistenceContext
    EntityManager em;

    public Optional<BoardDocument> document(long threadId) {
        BoardThread thread = em.find(BoardThread.class, threadId);
        return Optional.ofNullable(thread).map(this::toDocument);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(t) FROM BoardThread t", Long.class).getSingleResult();
    }

    /** The next threads after an id, in id order, as documents. */
    public List<BoardDocument> batch(long afterId, int max) {
        List<BoardThread> threads = em.createQuery("SELECT t FROM BoardThread t WHERE t.id > :after ORDER BY t.id",
                BoardThread.class).setParameter("after", afterId).setMaxResults(max).getResultList();
        List<BoardDocument> documents = new ArrayList<>(threads.size());
        for (BoardThread thread : threads) {
            documents.add(toDocument(thread));
        }
        em.clear();
        return documents;
    }

    private BoardDocument toDocument(BoardThread thread) {
        StringBuilder body = new StringBuilder(thread.getBody());
        thread.getValues().forEach((key, value) -> body.append('\n').append(value));
        if (thread.getAuthor().getMemberName() != null) {
            body.append('\n').append(thread.getAuthor().getMemberName());
        }
        em.createQuery("SELECT r.body FROM BoardReply r WHERE r.threadId = :id AND r.deletedAt IS NULL"
                        + " AND r.hidden = :no ORDER BY r.id", String.class)
                .setParameter("id", thread.getId()).setParameter("no", Boolean.FALSE).getResultList()
                .forEach(reply -> body.append('\n').append(reply));
        StringBuilder files = new StringBuilder();
        em.createQuery("SELECT a.fileName, a.extracted FROM BoardAttachment a WHERE a.threadId = :id ORDER BY a.id",
                        Object[].class)
                .setParameter("id", thread.getId()).getResultList()
                .forEach(row -> {
                    files.append(row[0]).append('\n');
                    if (row[1] != null) {
                        files.append(row[1]).append('\n');
                    }
                });
        return new BoardDocument(thread.getId(), thread.getType().getId(), thread.getTitle(), body.toString(),
                files.toString(), thread.getActivity() == null ? null : thread.getActivity().name(),
                thread.getAuthor().getPrefectureCode(), thread.getAuthor().getMemberId(), thread.isAllWards(),
                thread.getWards(), thread.getStatus() == null ? null : thread.getStatus().name(),
                thread.getCreatedAt().toEpochMilli(), thread.isPublic(), thread.isArchived());
    }
}
