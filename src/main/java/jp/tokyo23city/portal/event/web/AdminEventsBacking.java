package jp.tokyo23city.portal.event.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventAdminService;
import jp.tokyo23city.portal.event.entity.ProjectEvent;

/** /admin/events/index.xhtml: every event, drafts included, newest first. */
@Named
@RequestScoped
public class AdminEventsBacking {

    @Inject
    EventAdminService admin;

    private List<ProjectEvent> events;

    @PostConstruct
    void load() {
        events = admin.all();
    }

    public List<ProjectEvent> getEvents() {
        return events;
    }
}
