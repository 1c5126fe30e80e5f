package jp.tokyo23city.portal.board.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.tokyo23city.portal.board.control.BoardIndex;
import jp.tokyo23city.portal.board.control.BoardTypeCatalog;
import jp.tokyo23city.portal.board.entity.BoardReport;
import jp.tokyo23city.portal.board.entity.BoardType;
import jp.tokyo23city.portal.board.entity.BoardTypeField;
import jp.tokyo23city.portal.board.entity.FieldKind;
import jp.tokyo23city.portal.board.entity.ThreadState;
import jp.tokyo23city.portal.board.entity.Visibility;
import jp.tokyo23city.portal.security.Roles;

/**
 * The board's admin page: post types (visibility, approval before publishing, colour, new types and fields without
 * code), posts awaiting approval, deleted posts to restore, reports, and the search index rebuild with its progress.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class BoardAdminService {

    private static final String ROW = "SELECT NEW jp.tokyo23city.portal.board.boundary.ThreadRow(t.id, t.type.id,"
            + " t.title, t.author.memberName, t.author.prefectureCode, t.authorWard, t.activity, t.status,"
            + " t.createdAt, t.lastActivityAt, t.replyCount, t.pinned, t.archived, t.hidden, t.locked, t.periodEnd,"
            + " t.state, t.deletedAt) FROM BoardThread t";

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardIndex index;

    @Inject
    Event<BoardTypeCatalog.Changed> typesChanged;

    public List<BoardType> types() {
        return em.createQuery("SELECT t FROM BoardType t ORDER BY t.sortOrder, t.id", BoardType.class).getResultList();
    }

    public void configure(long typeId, String name, String nameEn, String description, String colour,
                          Visibility visibility, boolean approvalRequired, boolean active) {
        BoardType type = em.find(BoardType.class, typeId);
        if (type == null) {
            throw new BoardException("board.message.typeNotFound");
        }
        if (name == null || name.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new BoardException("admin.board.message.nameRequired");
        }
        type.configure(name.strip(), nameEn.strip(), description, colour(colour), visibility, approvalRequired, active);
        typesChanged.fire(new BoardTypeCatalog.Changed());
    }

    /** A new type; its fields are added one by one. */
    public long addType(String code, String name, String nameEn, String colour, boolean proposal) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,31}") || name == null || name.isBlank()) {
            throw new BoardException("admin.board.message.codeInvalid");
        }
        if (!em.createQuery("SELECT t FROM BoardType t WHERE t.code = :code", BoardType.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new BoardException("admin.board.message.codeTaken");
        }
        int order = em.createQuery("SELECT COALESCE(MAX(t.sortOrder), 0) FROM BoardType t", Integer.class)
                .getSingleResult() + 1;
        BoardType type = new BoardType(code, name.strip(), nameEn == null || nameEn.isBlank() ? name.strip()
                : nameEn.strip(), colour(colour), proposal, order);
        em.persist(type);
        em.flush();
        typesChanged.fire(new BoardTypeCatalog.Changed());
        return type.getId();
    }

    public void addField(long typeId, String key, String label, String labelEn, FieldKind kind, boolean required) {
        BoardType type = em.find(BoardType.class, typeId);
        if (type == null) {
            throw new BoardException("board.message.typeNotFound");
        }
        if (key == null || !key.matches("[a-z][a-zA-Z0-9]{0,31}") || label == null || label.isBlank() || kind == null
                || type.getFields().stream().anyMatch(f -> f.getKey().equals(key))) {
            throw new BoardException("admin.board.message.fieldInvalid");
        }
        BoardTypeField field = new BoardTypeField(type, key, label.strip(),
                labelEn == null || labelEn.isBlank() ? label.strip() : labelEn.strip(), kind, required,
                type.getFields().size() + 1);
        em.persist(field);
        type.getFields().add(field);
        typesChanged.fire(new BoardTypeCatalog.Changed());
    }

    private static String colour(String colour) {
        return colour != null && colour.matches("red|green|blue|orange|purple|grey|teal") ? colour : "grey";
    }

    public List<ThreadRow> pending() {
        return em.createQuery(ROW + " WHERE t.state = :pending AND t.deletedAt IS NULL ORDER BY t.createdAt",
                ThreadRow.class).setParameter("pending", ThreadState.PENDING).setMaxResults(100).getResultList();
    }

    public List<ThreadRow> deleted() {
        return em.createQuery(ROW + " WHERE t.deletedAt IS NOT NULL ORDER BY t.deletedAt DESC", ThreadRow.class)
                .setMaxResults(100).getResultList();
    }

    public List<BoardReport> openReports() {
        return em.createQuery("SELECT r FROM BoardReport r WHERE r.resolvedAt IS NULL ORDER BY r.createdAt",
                BoardReport.class).setMaxResults(100).getResultList();
    }

    public void resolveReport(long reportId) {
        BoardReport report = em.find(BoardReport.class, reportId);
        if (report != null) {
            report.resolve(Instant.now());
        }
    }

    /** Starts rebuilding the search index from the database; false when a rebuild already runs. */
    public boolean rebuildIndex() {
        return index.rebuildInBackground();
    }

    public IndexStatus indexStatus() {
        return new IndexStatus(index.isRunning(), index.getDone(), index.getTotal(), index.getPercent(),
                index.getFinishedAt(), index.getFailure(), index.isRunning() ? -1 : index.size());
    }

    /** How the search index stands, for the admin page. */
    public record IndexStatus(boolean running, long done, long total, int percent, Instant finishedAt,
                              String failure, int documents) implements java.io.Serializable {
        public boolean isRunning() {
            return running;
        }

        public long getDone() {
            return done;
        }

        public long getTotal() {
            return total;
        }

        public int getPercent() {
            return percent;
        }

        public Instant getFinishedAt() {
            return finishedAt;
        }

        public String getFailure() {
            return failure;
        }

        public int getDocuments() {
            return documents;
        }
    }
}
