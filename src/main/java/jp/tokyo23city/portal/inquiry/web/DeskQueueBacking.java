package jp.tokyo23city.portal.inquiry.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.inquiry.boundary.DeskService;
import jp.tokyo23city.portal.inquiry.boundary.InquiryOption;
import jp.tokyo23city.portal.inquiry.boundary.InquirySummary;
import jp.tokyo23city.portal.inquiry.boundary.QueueQuery;
import jp.tokyo23city.portal.inquiry.entity.InquiryStatus;

/**
 * /desk/index.xhtml: the queue of the caller's desks. Filters and order are query parameters (a GET form), so a
 * queue can be bookmarked and the reminder mail can link to the overdue inquiries.
 */
@Named
@RequestScoped
public class DeskQueueBacking {

    public static final int PAGE_SIZE = 25;

    @Inject
    DeskService desks;

    private String desk;
    private String status;
    private String q;
    private boolean overdue;
    private String sort;
    private int page = 1;

    private QueueQuery query;
    private List<InquirySummary> rows;
    private long matching;

    public void load() {
        query = query();
        matching = desks.count(query);
        page = Math.max(1, Math.min(page, getPages()));
        rows = desks.queue(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private QueueQuery query() {
        Long deskId = null;
        try {
            deskId = desk == null || desk.isBlank() ? null : Long.valueOf(desk);
        } catch (NumberFormatException e) {
            desk = null;
        }
        InquiryStatus chosen = null;
        boolean all = "ALL".equals(status);
        if (status != null && !status.isBlank() && !all) {
            try {
                chosen = InquiryStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                status = null;
            }
        }
        QueueQuery.QueueOrder order = QueueQuery.QueueOrder.RECEIVED_ASC;
        if (sort != null) {
            try {
                order = QueueQuery.QueueOrder.valueOf(sort);
            } catch (IllegalArgumentException e) {
                sort = null;
            }
        }
        return new QueueQuery(deskId, chosen, all, q, overdue, order);
    }

    /** The query string of the current filters, for export links and paging. */
    public String filterQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("desk", desk);
        parameters.put("status", status);
        parameters.put("q", q);
        parameters.put("overdue", overdue ? "true" : null);
        parameters.put("sort", sort);
        return parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public int getPages() {
        return (int) Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<InquiryOption> getMyDesks() {
        return desks.myDesks();
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public List<InquirySummary> getRows() {
        return rows;
    }

    public long getMatching() {
        return matching;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getPages();
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
