package jp.tokyo23city.portal.event.web;

import java.time.LocalTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.control.SignupMails;
import jp.tokyo23city.portal.event.entity.ProjectEvent;

/** How views write an event's dates: {@code #{eventText.when(event)}} → 令和7年8月12日(火) 14:00～16:30. */
@Named("eventText")
@ApplicationScoped
public class EventTextBacking {

    public String when(ProjectEvent event) {
        return SignupMails.when(event);
    }

    public String time(LocalTime time) {
        return time == null ? "" : time.toString();
    }

    public String times(LocalTime start, LocalTime end) {
        if (start == null) {
            return "";
        }
        return end == null ? start.toString() : start + "～" + end;
    }
}
