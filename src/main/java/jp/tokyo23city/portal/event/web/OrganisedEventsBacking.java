package jp.tokyo23city.portal.event.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventFeedService;
import jp.tokyo23city.portal.event.boundary.ParticipantService;
import jp.tokyo23city.portal.event.entity.ProjectEvent;

/** /events/organise/index.xhtml: the events the signed-in person organises, and their own calendar feed address. */
@Named
@RequestScoped
public class OrganisedEventsBacking {

    @Inject
    ParticipantService participants;

    @Inject
    EventFeedService feeds;

    private List<ProjectEvent> events;
    private String feedUrl;

    @PostConstruct
    void load() {
        events = participants.organised();
    }

    public void issueFeed() {
        feedUrl = feeds.issuePersonalFeed();
    }

    public List<ProjectEvent> getEvents() {
        return events;
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
