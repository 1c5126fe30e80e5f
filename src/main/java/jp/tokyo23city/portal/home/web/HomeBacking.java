package jp.tokyo23city.portal.home.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventService;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.member.boundary.MemberCount;
import jp.tokyo23city.portal.member.boundary.MemberService;
import jp.tokyo23city.portal.member.control.CountHistoryRow;
import jp.tokyo23city.portal.news.boundary.NewsService;
import jp.tokyo23city.portal.news.entity.NewsArticle;

/** The public home page: news, upcoming events and the member count, each from the database. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int NEWS_ON_HOME = 5;
    private static final int EVENTS_ON_HOME = 4;

    @Inject
    NewsService news;

    @Inject
    EventService events;

    @Inject
    MemberService members;

    private List<NewsArticle> latestNews;
    private List<ProjectEvent> upcomingEvents;
    private long memberCount;
    private List<MemberCount> membersByRegion;
    private List<CountHistoryRow> countHistory;

    @PostConstruct
    void load() {
        latestNews = news.latest(NEWS_ON_HOME);
        upcomingEvents = events.upcoming(EVENTS_ON_HOME);
        memberCount = members.countActiveMembers();
        membersByRegion = members.countByRegion();
        countHistory = members.countHistory();
    }

    public List<NewsArticle> getLatestNews() {
        return latestNews;
    }

    public List<ProjectEvent> getUpcomingEvents() {
        return upcomingEvents;
    }

    public long getMemberCount() {
        return memberCount;
    }

    public List<MemberCount> getMembersByRegion() {
        return membersByRegion;
    }

    /** The count at the end of each 年度 and today's, newest first, as the page lists it. */
    public List<CountHistoryRow> getCountHistory() {
        List<CountHistoryRow> newestFirst = new java.util.ArrayList<>(countHistory);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The highest count of the history: the full length of the bars. */
    public long getCountHistoryMax() {
        return countHistory.stream().mapToLong(CountHistoryRow::count).max().orElse(0);
    }
}
