package jp.tokyo23city.portal.board.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A thread of the board: its opening post (title, body, the type's structured field values, addressed wards) and
 * what lists need (reply count, last activity). Deleting is soft: {@code deletedAt} is set and admins may restore.
 */
@Entity
@Table(name = "board_thread")
public class BoardThread {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int VALUE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "type_id", nullable = false)
    private BoardType type;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String body;

    @Embedded
    private Author author;

    @Column(name = "author_ward", nullable = false)
    private boolean authorWard;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Activity activity;

    @Column(name = "all_wards", nullable = false)
    private boolean allWards;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ProposalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ThreadState state;

    @Column(nullable = false)
    private boolean hidden;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "board_field_value", joinColumns = @JoinColumn(name = "thread_id"))
    @MapKeyColumn(name = "field_key", length = 32)
    @Column(name = "field_value", length = VALUE_MAX)
    private Map<String, String> values = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "board_thread_ward", joinColumns = @JoinColumn(name = "thread_id"))
    @Column(name = "ward_member_id")
    private Set<Long> wards = new HashSet<>();

    protected BoardThread() {
    }

    public BoardThread(BoardType type, Author author, boolean authorWard, PostContent content, Instant now) {
        this.type = type;
        this.author = author;
        this.authorWard = authorWard;
        this.createdAt = now;
        this.lastActivityAt = now;
        this.state = type.isApprovalRequired() ? ThreadState.PENDING : ThreadState.PUBLISHED;
        this.status = type.isProposal() ? ProposalStatus.RECEIVED : null;
        apply(content);
    }

    /** The author's edit; the caller keeps the text before in the history. */
    public void edit(PostContent content, Instant now) {
        apply(content);
        this.editedAt = now;
    }

    private void apply(PostContent content) {
        this.title = content.title();
        this.body = content.body();
        this.values = new HashMap<>(content.values());
        this.activity = content.activity();
        this.allWards = content.allWards();
        this.wards = new HashSet<>(content.wards());
        this.periodStart = content.periodStart();
        this.periodEnd = content.periodEnd();
        this.archived = periodEnd != null && periodEnd.isBefore(jp.tokyo23city.portal.platform.JapaneseDates.today());
    }

    public void replied(Instant now) {
        replyCount++;
        lastActivityAt = now;
    }

    public void replyRemoved() {
        replyCount = Math.max(0, replyCount - 1);
    }

    public void replyRestored() {
        replyCount++;
    }

    /** Whether a ward is among those this thread addresses (all wards when none is named). */
    public boolean addresses(Long wardMemberId) {
        return allWards || wards.contains(wardMemberId);
    }

    /** Published, not hidden, not deleted: what every reader sees. */
    public boolean isPublic() {
        return state == ThreadState.PUBLISHED && !hidden && deletedAt == null;
    }

    public void changeStatus(ProposalStatus newStatus) {
        this.status = newStatus;
    }

    public void approve() {
        this.state = ThreadState.PUBLISHED;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public void delete(Instant now) {
        this.deletedAt = now;
    }

    public void restore() {
        this.deletedAt = null;
    }

    /** Archives a thread whose period has ended; it stays searchable and is marked 終了. */
    public boolean archiveIfEnded(LocalDate today) {
        if (!archived && periodEnd != null && periodEnd.isBefore(today)) {
            archived = true;
            return true;
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public BoardType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Author getAuthor() {
        return author;
    }

    public boolean isAuthorWard() {
        return authorWard;
    }

    public Activity getActivity() {
        return activity;
    }

    public boolean isAllWards() {
        return allWards;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public ThreadState getState() {
        return state;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Set<Long> getWards() {
        return wards;
    }
}
