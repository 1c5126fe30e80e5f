package jp.tokyo23city.portal.board.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jp.tokyo23city.portal.account.boundary.AccountService;
import jp.tokyo23city.portal.account.boundary.AccountSummary;
import jp.tokyo23city.portal.board.control.BodyFormat;
import jp.tokyo23city.portal.board.control.BoardChanges;
import jp.tokyo23city.portal.board.control.BoardIndex;
import jp.tokyo23city.portal.board.control.BoardMails;
import jp.tokyo23city.portal.board.control.BoardTypeCatalog;
import jp.tokyo23city.portal.board.control.FileInspector;
import jp.tokyo23city.portal.board.control.PostInput;
import jp.tokyo23city.portal.board.control.SearchHit;
import jp.tokyo23city.portal.board.control.SearchRequest;
import jp.tokyo23city.portal.board.control.SearchResult;
import jp.tokyo23city.portal.board.control.ThreadListSql;
import jp.tokyo23city.portal.board.entity.Author;
import jp.tokyo23city.portal.board.entity.BoardAttachment;
import jp.tokyo23city.portal.board.entity.BoardFollow;
import jp.tokyo23city.portal.board.entity.BoardNotice;
import jp.tokyo23city.portal.board.entity.BoardRead;
import jp.tokyo23city.portal.board.entity.BoardReader;
import jp.tokyo23city.portal.board.entity.FollowKind;
import jp.tokyo23city.portal.board.entity.MailMode;
import jp.tokyo23city.portal.board.entity.BoardHistory;
import jp.tokyo23city.portal.board.entity.BoardInterest;
import jp.tokyo23city.portal.board.entity.BoardReply;
import jp.tokyo23city.portal.board.entity.BoardReport;
import jp.tokyo23city.portal.board.entity.BoardThread;
import jp.tokyo23city.portal.board.entity.BoardType;
import jp.tokyo23city.portal.board.entity.BoardTypeField;
import jp.tokyo23city.portal.board.entity.PostContent;
import jp.tokyo23city.portal.board.entity.ProposalStatus;
import jp.tokyo23city.portal.board.entity.ThreadState;
import jp.tokyo23city.portal.member.boundary.MemberDirectoryService;
import jp.tokyo23city.portal.member.boundary.MemberProfile;
import jp.tokyo23city.portal.member.boundary.MemberService;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.platform.AttachmentCheck;
import jp.tokyo23city.portal.platform.JapaneseDates;
import jp.tokyo23city.portal.security.Roles;

/**
 * The members' board: threads of typed posts with replies and files, interest marks and proposal status, editing and
 * moderation. Who may do what is decided here, for every caller: only the author's member edits or deletes a post;
 * admins restore; admins and ward staff moderate; the addressed wards answer proposals.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.WARD_STAFF, Roles.MEMBER_STAFF})
public class BoardService {

    public static final int PAGE_SIZE = 20;
    /** Search results are paged by their rank, up to this many in all (then narrowing the search helps more). */
    public static final int SEARCH_DEPTH = 1000;
    public static final int NEW_COUNT_MAX = 100;

    private static final String ROW = "SELECT NEW jp.tokyo23city.portal.board.boundary.ThreadRow(t.id, t.type.id,"
            + " t.title, t.author.memberName, t.author.prefectureCode, t.authorWard, t.activity, t.status,"
            + " t.createdAt, t.lastActivityAt, t.replyCount, t.pinned, t.archived, t.hidden, t.locked, t.periodEnd,"
            + " t.state, t.deletedAt) FROM BoardThread t";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AccountService accounts;

    @Inject
    MemberService members;

    @Inject
    MemberDirectoryService directory;

    @Inject
    MunicipalityService municipalities;

    @Inject
    BoardIndex index;

    @Inject
    BoardMails mails;

    @Inject
    BoardChanges changes;

    @Inject
    RequestCaller requestCaller;

    @Inject
    BoardTypeCatalog typeCatalog;

    @Inject
    @ConfigProperty(name = "portal.board.attachment-max-mb", defaultValue = "10")
    int attachmentMaxMegabytes;

    @Inject
    @ConfigProperty(name = "portal.board.attachment-max-count", defaultValue = "10")
    int attachmentMaxCount;

    /** The signed-in user as the board sees them; looked up once per request. */
    public BoardCaller caller() {
        try {
            return requestCaller.get(context.getCallerPrincipal().getName(), this::lookUpCaller);
        } catch (ContextNotActiveException outsideRequest) {
            return lookUpCaller();
        }
    }

    private BoardCaller lookUpCaller() {
        AccountSummary account = accounts.currentSummary();
        MemberProfile profile = members.profile(account.memberId()).orElse(null);
        boolean ward = context.isCallerInRole(Roles.WARD_STAFF) && profile != null && profile.ward();
        return new BoardCaller(account.id(), account.displayName(), account.memberId(),
                profile == null ? null : profile.name(), profile == null ? null : profile.prefectureCode(),
                context.isCallerInRole(Roles.ADMIN), ward);
    }

    public long attachmentMaxBytes() {
        return attachmentMaxMegabytes * 1024L * 1024L;
    }

    public int attachmentMaxCount() {
        return attachmentMaxCount;
    }

    /** The types the caller may read and post, in order. */
    public List<BoardType> types() {
        BoardCaller caller = caller();
        return allTypes().stream().filter(type -> type.isActive() && readable(type, caller)).toList();
    }

    public BoardType type(long typeId) {
        BoardType type = em.find(BoardType.class, typeId);
        if (type == null || !type.isActive() || !readable(type, caller())) {
            throw new BoardException("board.message.typeNotFound");
        }
        return type;
    }

    /** The wards a post may address, 千代田区 → 江戸川区. */
    public List<WardOption> wards() {
        return directory.wardNames().entrySet().stream().map(w -> new WardOption(w.getKey(), w.getValue())).toList();
    }

    // ---------------------------------------------------------------- lists and search

    /** One page of threads, newest activity first (or as sorted), walked by keyset, never by offset. */
    public BoardPage list(BoardQuery query) {
        BoardCaller caller = caller();
        if (query.words() != null && !query.words().isBlank()) {
            return search(query, caller);
        }
        BoardQuery.Sort sort = query.sort() == null || query.sort() == BoardQuery.Sort.RELEVANCE
                ? BoardQuery.Sort.ACTIVITY : query.sort();
        Instant afterAt = null;
        Long afterId = null;
        if (query.after() != null && query.after().matches("-?\\d{1,18}_\\d{1,18}")) {
            String[] parts = query.after().split("_");
            afterAt = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            afterId = Long.parseLong(parts[1]);
        }
        ThreadListSql.Statement page = ThreadListSql.page(new ThreadListSql.Filter(unreadableTypeIds(caller),
                caller.accountId(), caller.admin(), caller.moderator(), query.typeId(), blankToNull(query.activity()),
                prefectures(query), query.memberId(), query.wardId(), blankToNull(query.status()),
                query.from() == null ? null : query.from().atStartOfDay(JapaneseDates.ZONE).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(JapaneseDates.ZONE).toInstant(),
                query.archived(), sort != BoardQuery.Sort.ACTIVITY, sort == BoardQuery.Sort.OLDEST, afterAt, afterId),
                PAGE_SIZE + 1);
        List<ThreadRow> found = rows(ids(page));
        String next = null;
        if (found.size() > PAGE_SIZE) {
            found = new ArrayList<>(found.subList(0, PAGE_SIZE));
            next = found.get(found.size() - 1).cursor(sort);
        }
        markUnread(found, caller);
        return new BoardPage(found, next, -1, false);
    }

    private List<Long> ids(ThreadListSql.Statement statement) {
        return ((List<?>) nativeQuery(statement).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    private Query nativeQuery(ThreadListSql.Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }

    /** The rows of threads, in the order of the ids given. */
    private List<ThreadRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        Map<Long, ThreadRow> byId = em.createQuery(ROW + " WHERE t.id IN :ids", ThreadRow.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(ThreadRow::getId, Function.identity()));
        List<ThreadRow> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ThreadRow row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private void markUnread(List<ThreadRow> rows, BoardCaller caller) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, Instant> reads = new HashMap<>();
        em.createQuery("SELECT r.threadId, r.readAt FROM BoardRead r WHERE r.accountId = :me AND r.threadId IN :ids",
                        Object[].class).setParameter("me", caller.accountId())
                .setParameter("ids", rows.stream().map(ThreadRow::getId).toList()).getResultList()
                .forEach(row -> reads.put((Long) row[0], (Instant) row[1]));
        for (ThreadRow row : rows) {
            Instant read = reads.get(row.getId());
            row.markUnread(read == null || row.getLastActivityAt().isAfter(read));
        }
    }

    private void markRead(Long accountId, long threadId, Instant now) {
        BoardRead read = em.find(BoardRead.class, new BoardRead.Key(accountId, threadId));
        if (read == null) {
            em.persist(new BoardRead(accountId, threadId, now));
        } else {
            read.read(now);
        }
    }

    // ---------------------------------------------------------------- follows, mail settings, new since last visit

    public void follow(FollowKind kind, long targetId) {
        BoardCaller caller = caller();
        if (kind == FollowKind.THREAD) {
            readableThread(targetId, caller);
        } else if (kind == FollowKind.TYPE) {
            type(targetId);
        } else if (!caller.wardStaff() || !caller.memberId().equals(targetId)) {
            throw new BoardException("board.message.notAllowed");
        }
        if (em.find(BoardFollow.class, new BoardFollow.Key(caller.accountId(), kind, targetId)) == null) {
            em.persist(new BoardFollow(caller.accountId(), kind, targetId, now()));
        }
    }

    public void unfollow(FollowKind kind, long targetId) {
        BoardFollow follow = em.find(BoardFollow.class, new BoardFollow.Key(caller().accountId(), kind, targetId));
        if (follow != null) {
            em.remove(follow);
        }
    }

    /** The caller's mail mode and what they follow. */
    public BoardSettings settings() {
        BoardCaller caller = caller();
        BoardReader reader = em.find(BoardReader.class, caller.accountId());
        List<BoardFollow> follows = em.createQuery("SELECT f FROM BoardFollow f WHERE f.accountId = :me",
                BoardFollow.class).setParameter("me", caller.accountId()).getResultList();
        return new BoardSettings(reader == null ? MailMode.IMMEDIATE : reader.getMailMode(),
                follows.stream().filter(f -> f.getKind() == FollowKind.TYPE).map(BoardFollow::getTargetId)
                        .collect(Collectors.toSet()),
                follows.stream().anyMatch(f -> f.getKind() == FollowKind.WARD), caller.wardStaff(),
                follows.stream().filter(f -> f.getKind() == FollowKind.THREAD).count());
    }

    public void saveSettings(MailMode mode, Set<Long> typeIds, boolean ward) {
        BoardCaller caller = caller();
        reader(caller).setMailMode(mode == null ? MailMode.IMMEDIATE : mode);
        Set<Long> readable = Set.copyOf(readableTypeIds(caller));
        for (BoardFollow follow : em.createQuery("SELECT f FROM BoardFollow f WHERE f.accountId = :me AND f.kind"
                + " IN :kinds", BoardFollow.class).setParameter("me", caller.accountId())
                .setParameter("kinds", List.of(FollowKind.TYPE, FollowKind.WARD)).getResultList()) {
            em.remove(follow);
        }
        em.flush();
        for (Long typeId : typeIds) {
            if (readable.contains(typeId)) {
                em.persist(new BoardFollow(caller.accountId(), FollowKind.TYPE, typeId, now()));
            }
        }
        if (ward && caller.wardStaff()) {
            em.persist(new BoardFollow(caller.accountId(), FollowKind.WARD, caller.memberId(), now()));
        }
    }

    private BoardReader reader(BoardCaller caller) {
        BoardReader reader = em.find(BoardReader.class, caller.accountId());
        if (reader == null) {
            reader = new BoardReader(caller.accountId(), now());
            em.persist(reader);
        }
        return reader;
    }

    /**
     * Threads with activity since the caller last opened the list (others' posts only), for the navigation; counted up
     * to {@link #NEW_COUNT_MAX}, which the navigation shows as "99+".
     */
    public long newSinceLastVisit() {
        BoardCaller caller = caller();
        return newSince(em.find(BoardReader.class, caller.accountId()), caller);
    }

    private long newSince(BoardReader reader, BoardCaller caller) {
        Instant since = reader == null || reader.getLastVisitAt() == null
                ? now().minus(java.time.Duration.ofDays(7)) : reader.getLastVisitAt();
        ThreadListSql.Statement count = ThreadListSql.newSince(unreadableTypeIds(caller), caller.accountId(), since,
                NEW_COUNT_MAX);
        return ((Number) nativeQuery(count).getSingleResult()).longValue();
    }

    /**
     * The caller opened the list: "new since your last visit" starts again. Written only when something was new: a
     * list opened again and again (the board's most frequent page) then reads one short index range and writes nothing.
     */
    public void visited() {
        BoardCaller caller = caller();
        BoardReader reader = em.find(BoardReader.class, caller.accountId());
        if (reader == null) {
            reader = new BoardReader(caller.accountId(), now());
            reader.visited(now());
            em.persist(reader);
        } else if (newSince(reader, caller) > 0) {
            reader.visited(now());
        }
    }

    /** Pinned threads, for the top of the list's first page. */
    public List<ThreadRow> pinned() {
        return rows(ids(ThreadListSql.pinned(unreadableTypeIds(caller()), 10)));
    }

    private Set<String> prefectures(BoardQuery query) {
        if (query.prefectureCode() != null && !query.prefectureCode().isBlank()) {
            return Set.of(query.prefectureCode());
        }
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            return municipalities.prefectures().stream()
                    .filter(p -> p.getRegion().getCode().equals(query.regionCode()))
                    .map(p -> p.getCode()).collect(Collectors.toSet());
        }
        return Set.of();
    }

    /**
     * Threads found by words in Japanese (posts, replies, attachments' text), with the list's filters; a page of
     * them, {@code after} being the number of hits on the pages before.
     */
    private BoardPage search(BoardQuery query, BoardCaller caller) {
        Set<String> prefectures = prefectures(query);
        int offset = query.after() != null && query.after().matches("\\d{1,4}")
                ? Math.min(Integer.parseInt(query.after()), SEARCH_DEPTH - PAGE_SIZE) : 0;
        SearchResult result = index.search(new SearchRequest(query.words(), Set.copyOf(unreadableTypeIds(caller)),
                query.typeId(), blankToNull(query.activity()), prefectures, query.memberId(), query.wardId(),
                blankToNull(query.status()),
                query.from() == null ? null : query.from().atStartOfDay(JapaneseDates.ZONE).toInstant().toEpochMilli(),
                query.to() == null ? null
                        : query.to().plusDays(1).atStartOfDay(JapaneseDates.ZONE).toInstant().toEpochMilli() - 1,
                query.archived(), query.sort() == BoardQuery.Sort.NEWEST, offset, PAGE_SIZE));
        if (result.hits().isEmpty()) {
            return new BoardPage(List.of(), null, result.total(), result.atLeast());
        }
        Map<Long, SearchHit> hits = result.hits().stream().collect(Collectors.toMap(SearchHit::id, Function.identity()));
        List<ThreadRow> ordered = new ArrayList<>();
        for (ThreadRow row : rows(result.hits().stream().map(SearchHit::id).toList())) {
            // the index lags a moment behind a thread that just ended or was deleted
            if (!row.isDeleted() && (query.archived() || !row.isEnded())) {
                SearchHit hit = hits.get(row.getId());
                row.highlight(hit.titleHtml(), hit.passageHtml());
                ordered.add(row);
            }
        }
        boolean more = offset + PAGE_SIZE < Math.min(result.total(), SEARCH_DEPTH);
        return new BoardPage(ordered, more ? Integer.toString(offset + PAGE_SIZE) : null, result.total(),
                result.atLeast());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    // ---------------------------------------------------------------- one thread

    public ThreadView thread(long id) {
        BoardCaller caller = caller();
        BoardThread thread = readableThread(id, caller);
        Map<Long, String> wardNames = wards().stream().collect(Collectors.toMap(WardOption::id, WardOption::name));
        List<AttachmentInfo> files = attachments(id);
        boolean own = own(thread, caller);
        List<ReplyView> replies = new ArrayList<>();
        // admins also see deleted replies, to restore them
        for (BoardReply reply : em.createQuery("SELECT r FROM BoardReply r WHERE r.threadId = :id"
                + (caller.admin() ? "" : " AND r.deletedAt IS NULL") + " ORDER BY r.createdAt, r.id", BoardReply.class)
                .setParameter("id", id).getResultList()) {
            if (reply.isHidden() && !caller.moderator() && !ownReply(reply, caller)) {
                continue;
            }
            replies.add(replyView(reply, caller, files));
        }
        markRead(caller.accountId(), id, now());
        boolean following = em.find(BoardFollow.class,
                new BoardFollow.Key(caller.accountId(), FollowKind.THREAD, id)) != null;
        List<String> interested = interestedWards(id);
        boolean interestedAlready = caller.wardStaff() && em.find(BoardInterest.class,
                new BoardInterest.Key(id, caller.memberId())) != null;
        List<ThreadView.HistoryRow> history = em.createQuery("SELECT h FROM BoardHistory h WHERE h.threadId = :id"
                        + " ORDER BY h.createdAt, h.id", BoardHistory.class).setParameter("id", id).getResultList()
                .stream().map(h -> new ThreadView.HistoryRow((h.getReplyId() == null ? "" : "REPLY_")
                        + h.getKind().name(), h.getActorName(), h.getDetail(), h.getCreatedAt())).toList();
        boolean open = thread.isPublic() && !thread.isLocked();
        ThreadView.Permissions can = new ThreadView.Permissions(
                own && !thread.isDeleted(),
                (own || caller.admin()) && !thread.isDeleted(),
                caller.admin() && thread.isDeleted(),
                open,
                caller.moderator() && !thread.isDeleted(),
                caller.wardStaff() && thread.isPublic() && !own,
                interestedAlready,
                mayChangeStatus(thread, caller),
                thread.isPublic() && !own,
                caller.admin() && thread.getState() == ThreadState.PENDING, following);
        BoardType type = thread.getType();
        return new ThreadView(thread.getId(), type.getId(), type.getName(), type.getColour(), type.isProposal(),
                thread.getTitle(), BodyFormat.toHtml(thread.getBody()), thread.getBody(),
                thread.getAuthor().getName(), thread.getAuthor().getMemberName(), thread.getAuthor().getPrefectureCode(),
                thread.isAuthorWard(), thread.getActivity(), thread.getStatus(), thread.getCreatedAt(),
                thread.isEdited(), thread.isHidden(), thread.isLocked(), thread.isPinned(),
                thread.isArchived() || (thread.getPeriodEnd() != null
                        && thread.getPeriodEnd().isBefore(JapaneseDates.today())),
                thread.getState() == ThreadState.PENDING, thread.isDeleted(), thread.getPeriodEnd(),
                thread.isAllWards(),
                thread.getWards().stream().sorted().map(w -> wardNames.getOrDefault(w, "")).toList(),
                fieldRows(thread, wardNames),
                files.stream().filter(f -> f.replyId() == null).toList(), replies, interested, history, can);
    }

    private ReplyView replyView(BoardReply reply, BoardCaller caller, List<AttachmentInfo> files) {
        boolean mine = ownReply(reply, caller);
        ReplyView.Permissions can = new ReplyView.Permissions(mine && !reply.isDeleted(),
                (mine || caller.admin()) && !reply.isDeleted(), caller.admin() && reply.isDeleted());
        return new ReplyView(reply.getId(), reply.getThreadId(), reply.getAuthor().getName(),
                reply.getAuthor().getMemberName(), reply.getAuthor().getPrefectureCode(), reply.isWardAnswer(),
                BodyFormat.toHtml(reply.getBody()), reply.getBody(), reply.getCreatedAt(), reply.isEdited(),
                reply.isHidden(), reply.isDeleted(), mine,
                files.stream().filter(f -> reply.getId().equals(f.replyId())).toList(), can);
    }

    /** A reply for its edit page: only the author's member gets it, anyone else the refusal a thread's edit gives. */
    public ReplyView editableReply(long replyId) {
        BoardCaller caller = caller();
        BoardReply reply = editableReply(replyId, caller);
        return replyView(reply, caller, attachments(reply.getThreadId()));
    }

    private List<FieldRow> fieldRows(BoardThread thread, Map<Long, String> wardNames) {
        List<FieldRow> rows = new ArrayList<>();
        for (BoardTypeField field : thread.getType().getFields()) {
            String value = thread.getValues().get(field.getKey());
            switch (field.getKind()) {
                case WARDS -> rows.add(new FieldRow(field.getLabel(), "WARDS", thread.isAllWards() ? ""
                        : thread.getWards().stream().sorted().map(w -> wardNames.getOrDefault(w, ""))
                        .collect(Collectors.joining("、")), null, null));
                case PERIOD -> {
                    if (value != null) {
                        String[] parts = value.split("/", -1);
                        rows.add(new FieldRow(field.getLabel(), "PERIOD", date(parts[0]) + " 〜 "
                                + (parts.length > 1 ? date(parts[1]) : ""), null, null));
                    }
                }
                case DATE -> {
                    if (value != null) {
                        rows.add(new FieldRow(field.getLabel(), "DATE", date(value), null, null));
                    }
                }
                case URL, VIDEO_URL -> {
                    if (value != null) {
                        rows.add(new FieldRow(field.getLabel(), field.getKind().name(), value, value,
                                java.net.URI.create(value).getHost()));
                    }
                }
                default -> {
                    if (value != null) {
                        rows.add(new FieldRow(field.getLabel(), field.getKind().name(), value, null, null));
                    }
                }
            }
        }
        return rows;
    }

    private static String date(String iso) {
        return iso == null || iso.isBlank() ? "" : JapaneseDates.wareki(LocalDate.parse(iso));
    }

    private List<AttachmentInfo> attachments(long threadId) {
        return em.createQuery("SELECT a.id, a.replyId, a.fileName, a.contentType, a.sizeBytes FROM BoardAttachment a"
                        + " WHERE a.threadId = :id ORDER BY a.id", Object[].class)
                .setParameter("id", threadId).getResultList().stream()
                .map(row -> new AttachmentInfo((Long) row[0], (Long) row[1], (String) row[2],
                        AttachmentCheck.describe((String) row[3], (Long) row[4]),
                        "image/jpeg".equals(row[3]) || "image/png".equals(row[3]),
                        ((String) row[3]).startsWith("image/")))
                .toList();
    }

    private List<String> interestedWards(long threadId) {
        return em.createQuery("SELECT i.wardName FROM BoardInterest i WHERE i.threadId = :id"
                + " ORDER BY i.createdAt, i.wardMemberId", String.class).setParameter("id", threadId).getResultList();
    }

    /** The opening post's values for the edit form. */
    public Map<String, String> values(long id) {
        BoardThread thread = editableThread(id, caller());
        return new HashMap<>(thread.getValues());
    }

    public Set<Long> addressedWards(long id) {
        return Set.copyOf(readableThread(id, caller()).getWards());
    }

    // ---------------------------------------------------------------- writing

    /** Opens a thread; returns its id. Published at once, or after an admin's approval when the type asks for it. */
    public long create(long typeId, String title, String body, Map<String, String> values, boolean allWards,
                       Set<Long> wardIds, List<NewFile> files) {
        BoardCaller caller = caller();
        BoardType type = type(typeId);
        PostContent content = PostInput.check(type, title, body, values, allWards, wardIds, wardIds());
        List<CheckedFile> checked = check(files);
        Instant now = now();
        BoardThread thread = new BoardThread(type, author(caller), caller.wardStaff(), content, now);
        em.persist(thread);
        em.flush();
        store(thread.getId(), null, checked, now);
        em.persist(new BoardNotice(thread.getId(), null, caller.accountId(), now));
        changes.record(thread.getId());
        return thread.getId();
    }

    /** The author's member edits the opening post; the text before is kept in the history. */
    public void edit(long id, String title, String body, Map<String, String> values, boolean allWards,
                     Set<Long> wardIds, List<NewFile> files) {
        BoardCaller caller = caller();
        BoardThread thread = editableThread(id, caller);
        PostContent content = PostInput.check(thread.getType(), title, body, values, allWards, wardIds, wardIds());
        List<CheckedFile> checked = check(files);
        long existing = em.createQuery("SELECT COUNT(a) FROM BoardAttachment a WHERE a.threadId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (existing + checked.size() > attachmentMaxCount) {
            throw new BoardException("board.message.tooManyFiles", attachmentMaxCount);
        }
        Instant now = now();
        em.persist(new BoardHistory(id, null, BoardHistory.Kind.EDITED, caller.accountId(), caller.actorName(), null,
                thread.getTitle(), thread.getBody(), now));
        thread.edit(content, now);
        store(id, null, checked, now);
        changes.record(id);
    }

    /** Soft delete by the author's member (or an admin); admins may restore. */
    public void delete(long id) {
        BoardCaller caller = caller();
        BoardThread thread = readableThread(id, caller);
        if (!(own(thread, caller) || caller.admin()) || thread.isDeleted()) {
            throw new BoardException("board.message.notAllowed");
        }
        Instant now = now();
        thread.delete(now);
        em.persist(new BoardHistory(id, null, BoardHistory.Kind.DELETED, caller.accountId(), caller.actorName(), null,
                null, null, now));
        changes.record(id);
    }

    @RolesAllowed(Roles.ADMIN)
    public void restore(long id) {
        BoardCaller caller = caller();
        BoardThread thread = find(id);
        thread.restore();
        em.persist(new BoardHistory(id, null, BoardHistory.Kind.RESTORED, caller.accountId(), caller.actorName(), null,
                null, null, now()));
        changes.record(id);
    }

    @RolesAllowed(Roles.ADMIN)
    public void approve(long id) {
        BoardCaller caller = caller();
        BoardThread thread = find(id);
        thread.approve();
        em.persist(new BoardNotice(id, null, thread.getAuthor().getAccountId(), now()));
        em.persist(new BoardHistory(id, null, BoardHistory.Kind.APPROVED, caller.accountId(), caller.actorName(), null,
                null, null, now()));
        changes.record(id);
    }

    /** A reply; by a ward's staff it is that ward's answer. The thread's author is mailed. */
    public long reply(long threadId, String body, List<NewFile> files) {
        BoardCaller caller = caller();
        BoardThread thread = readableThread(threadId, caller);
        if (!thread.isPublic() || thread.isLocked()) {
            throw new BoardException("board.message.locked");
        }
        String text = replyText(body);
        List<CheckedFile> checked = check(files);
        Instant now = now();
        BoardReply reply = new BoardReply(threadId, text, author(caller), caller.wardStaff(), now);
        em.persist(reply);
        em.flush();
        store(threadId, reply.getId(), checked, now);
        thread.replied(now);
        em.persist(new BoardNotice(threadId, reply.getId(), caller.accountId(), now));
        markRead(caller.accountId(), threadId, now);
        if (!own(thread, caller)) {
            mails.replied(thread, caller.actorName(), caller.wardStaff(), text);
        }
        changes.record(threadId);
        return reply.getId();
    }

    /** The author's member edits a reply; the text before is kept in the thread's history. */
    public void editReply(long replyId, String body) {
        BoardCaller caller = caller();
        BoardReply reply = editableReply(replyId, caller);
        String text = replyText(body);
        Instant now = now();
        em.persist(new BoardHistory(reply.getThreadId(), replyId, BoardHistory.Kind.EDITED, caller.accountId(),
                caller.actorName(), null, null, reply.getBody(), now));
        reply.edit(text, now);
        changes.record(reply.getThreadId());
    }

    /** Soft delete by the author's member (or an admin); admins may restore. */
    public void deleteReply(long replyId) {
        BoardCaller caller = caller();
        BoardReply reply = readableReply(replyId, caller);
        BoardThread thread = readableThread(reply.getThreadId(), caller);
        if (!(ownReply(reply, caller) || caller.admin()) || reply.isDeleted()) {
            throw new BoardException("board.message.notAllowed");
        }
        Instant now = now();
        reply.delete(now);
        thread.replyRemoved();
        em.persist(new BoardHistory(thread.getId(), replyId, BoardHistory.Kind.DELETED, caller.accountId(),
                caller.actorName(), null, null, null, now));
        changes.record(thread.getId());
    }

    @RolesAllowed(Roles.ADMIN)
    public void restoreReply(long replyId) {
        BoardCaller caller = caller();
        BoardReply reply = em.find(BoardReply.class, replyId);
        if (reply == null || !reply.isDeleted()) {
            throw new BoardException("board.message.notFound");
        }
        reply.restore();
        find(reply.getThreadId()).replyRestored();
        em.persist(new BoardHistory(reply.getThreadId(), replyId, BoardHistory.Kind.RESTORED, caller.accountId(),
                caller.actorName(), null, null, null, now()));
        changes.record(reply.getThreadId());
    }

    /** 関心あり by the caller's ward; the author is mailed with the list of interested wards. */
    @RolesAllowed(Roles.WARD_STAFF)
    public void markInterest(long threadId) {
        BoardCaller caller = caller();
        BoardThread thread = readableThread(threadId, caller);
        if (!caller.wardStaff() || !thread.isPublic() || own(thread, caller)) {
            throw new BoardException("board.message.notAllowed");
        }
        if (em.find(BoardInterest.class, new BoardInterest.Key(threadId, caller.memberId())) != null) {
            return;
        }
        em.persist(new BoardInterest(threadId, caller.memberId(), caller.memberName(), caller.accountId(),
                now()));
        em.flush();
        mails.interested(thread, caller.memberName(), interestedWards(threadId));
    }

    @RolesAllowed(Roles.WARD_STAFF)
    public void withdrawInterest(long threadId) {
        BoardCaller caller = caller();
        readableThread(threadId, caller);
        BoardInterest interest = em.find(BoardInterest.class, new BoardInterest.Key(threadId, caller.memberId()));
        if (interest != null) {
            em.remove(interest);
        }
    }

    /** 受付 → 検討中 → 実施決定 / 見送り, by an addressed ward or an admin; the proposer is mailed. */
    public void changeStatus(long threadId, ProposalStatus status, String statusLabel) {
        BoardCaller caller = caller();
        BoardThread thread = readableThread(threadId, caller);
        if (!mayChangeStatus(thread, caller) || status == null) {
            throw new BoardException("board.message.notAllowed");
        }
        if (thread.getStatus() == status) {
            return;
        }
        thread.changeStatus(status);
        em.persist(new BoardHistory(threadId, null, BoardHistory.Kind.STATUS, caller.accountId(), caller.actorName(),
                status.name(), null, null, now()));
        mails.statusChanged(thread, caller.actorName(), statusLabel);
        changes.record(threadId);
    }

    /** Hide, lock or pin (and undo them): admins and ward staff. */
    public void moderate(long threadId, BoardHistory.Kind action) {
        BoardCaller caller = caller();
        if (!caller.moderator()) {
            throw new BoardException("board.message.notAllowed");
        }
        BoardThread thread = readableThread(threadId, caller);
        switch (action) {
            case HIDDEN -> thread.setHidden(true);
            case SHOWN -> thread.setHidden(false);
            case LOCKED -> thread.setLocked(true);
            case UNLOCKED -> thread.setLocked(false);
            case PINNED -> thread.setPinned(true);
            case UNPINNED -> thread.setPinned(false);
            default -> throw new BoardException("board.message.notAllowed");
        }
        em.persist(new BoardHistory(threadId, null, action, caller.accountId(), caller.actorName(), null, null, null,
                now()));
        changes.record(threadId);
    }

    /** A reader reports a post to the moderators. */
    public void report(long threadId, String reason) {
        BoardCaller caller = caller();
        readableThread(threadId, caller);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > BoardReport.REASON_MAX) {
            throw new BoardException("board.message.reasonRequired", BoardReport.REASON_MAX);
        }
        em.persist(new BoardReport(threadId, null, caller.accountId(), text, now()));
    }

    /** A file of a thread the caller may read; the thumbnail of an image when asked. */
    public DownloadFile file(long attachmentId, boolean thumbnail) {
        BoardAttachment file = em.find(BoardAttachment.class, attachmentId);
        if (file == null) {
            throw new BoardException("board.message.notFound");
        }
        readableThread(file.getThreadId(), caller());
        if (thumbnail) {
            if (file.getThumbnail() == null) {
                throw new BoardException("board.message.notFound");
            }
            return new DownloadFile(file.getId(), file.getFileName() + ".png", "image/png", file.getThumbnail());
        }
        return new DownloadFile(file.getId(), file.getFileName(), file.getContentType(), file.getContent());
    }

    // ---------------------------------------------------------------- rules

    private boolean readable(BoardType type, BoardCaller caller) {
        return caller.admin() || caller.wardStaff() || type.visibleToMembers();
    }

    /** The types the caller may not read (usually none: then the list needs no condition on types). */
    private List<Long> unreadableTypeIds(BoardCaller caller) {
        return allTypes().stream().filter(type -> !readable(type, caller)).map(BoardType::getId).toList();
    }

    private List<Long> readableTypeIds(BoardCaller caller) {
        List<Long> ids = allTypes().stream().filter(type -> readable(type, caller)).map(BoardType::getId).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static boolean own(BoardThread thread, BoardCaller caller) {
        return thread.getAuthor().sameMemberOrAccount(caller.accountId(), caller.memberId());
    }

    private static boolean ownReply(BoardReply reply, BoardCaller caller) {
        return reply.getAuthor().sameMemberOrAccount(caller.accountId(), caller.memberId());
    }

    private boolean mayChangeStatus(BoardThread thread, BoardCaller caller) {
        return thread.getType().isProposal() && thread.isPublic()
                && (caller.admin() || (caller.wardStaff() && thread.addresses(caller.memberId())));
    }

    private BoardThread find(long id) {
        BoardThread thread = em.find(BoardThread.class, id);
        if (thread == null) {
            throw new BoardException("board.message.notFound");
        }
        return thread;
    }

    /** A thread the caller may see; anything else is "not found", so that hidden threads are not revealed. */
    private BoardThread readableThread(long id, BoardCaller caller) {
        BoardThread thread = find(id);
        if (caller.admin()) {
            return thread;
        }
        boolean own = own(thread, caller);
        boolean visible = !thread.isDeleted()
                && (own || readable(thread.getType(), caller))
                && (own || thread.getState() == ThreadState.PUBLISHED)
                && (own || caller.moderator() || !thread.isHidden());
        if (!visible) {
            throw new BoardException("board.message.notFound");
        }
        return thread;
    }

    private BoardThread editableThread(long id, BoardCaller caller) {
        BoardThread thread = readableThread(id, caller);
        if (!own(thread, caller) || thread.isDeleted()) {
            throw new BoardException("board.message.notAllowed");
        }
        return thread;
    }

    /** A reply in a thread the caller may see, as its page shows it (deleted ones to admins only); else "not found". */
    private BoardReply readableReply(long replyId, BoardCaller caller) {
        BoardReply reply = em.find(BoardReply.class, replyId);
        if (reply == null) {
            throw new BoardException("board.message.notFound");
        }
        readableThread(reply.getThreadId(), caller);
        if (!caller.admin() && (reply.isDeleted()
                || (reply.isHidden() && !caller.moderator() && !ownReply(reply, caller)))) {
            throw new BoardException("board.message.notFound");
        }
        return reply;
    }

    private BoardReply editableReply(long replyId, BoardCaller caller) {
        BoardReply reply = readableReply(replyId, caller);
        if (!ownReply(reply, caller) || reply.isDeleted()) {
            throw new BoardException("board.message.notAllowed");
        }
        return reply;
    }

    private static String replyText(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new BoardException("board.message.bodyRequired");
        }
        if (text.length() > BoardThread.BODY_MAX) {
            throw new BoardException("board.message.bodyTooLong", BoardThread.BODY_MAX);
        }
        return text;
    }

    private Set<Long> wardIds() {
        return wards().stream().map(WardOption::id).collect(Collectors.toSet());
    }

    private static Author author(BoardCaller caller) {
        return new Author(caller.accountId(), caller.displayName(), caller.memberId(), caller.memberName(),
                caller.prefectureCode());
    }

    private record CheckedFile(String name, String type, byte[] content) {
    }

    /** Type by content (a renamed program or an HTML page calling itself a PDF is refused), size, count. */
    private List<CheckedFile> check(List<NewFile> files) {
        List<CheckedFile> checked = new ArrayList<>();
        if (files == null) {
            return checked;
        }
        List<NewFile> real = files.stream().filter(f -> f != null && f.content() != null && f.content().length > 0)
                .toList();
        if (real.size() > attachmentMaxCount) {
            throw new BoardException("board.message.tooManyFiles", attachmentMaxCount);
        }
        for (NewFile file : real) {
            String shownName = file.fileName() == null ? "" : file.fileName();
            if (file.content().length > attachmentMaxBytes()) {
                throw new BoardException("board.message.fileTooLarge", shownName, attachmentMaxMegabytes);
            }
            String type = AttachmentCheck.allowedType(file.content())
                    .orElseThrow(() -> new BoardException("board.message.fileType", shownName));
            if ("application/pdf".equals(type) && !FileInspector.plausiblePdf(file.content())) {
                throw new BoardException("board.message.fileType", shownName);
            }
            checked.add(new CheckedFile(AttachmentCheck.safeFileName(file.fileName(), type), type, file.content()));
        }
        return checked;
    }

    private void store(long threadId, Long replyId, List<CheckedFile> files, Instant now) {
        for (CheckedFile file : files) {
            em.persist(new BoardAttachment(threadId, replyId, file.name(), file.type(), file.content(),
                    FileInspector.thumbnail(file.type(), file.content()).orElse(null),
                    FileInspector.text(file.type(), file.content()), now));
        }
    }

    /** Millisecond precision, as the keyset cursor carries it: a page's last row is then found exactly. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Type names by id, for lists. */
    public Map<Long, BoardType> typesById() {
        Map<Long, BoardType> result = new LinkedHashMap<>();
        allTypes().forEach(type -> result.put(type.getId(), type));
        return result;
    }

    /** Every post type, in order; for display only (shared, never to be changed). */
    private List<BoardType> allTypes() {
        return typeCatalog.all();
    }
}
