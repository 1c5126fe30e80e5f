package jp.tokyo23city.portal.event.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import jp.tokyo23city.portal.event.entity.EventKind;
import jp.tokyo23city.portal.event.entity.ProjectEvent;

class EventCalendarTest {

    @Test
    void aTimedLectureIsWrittenInUtcAndParsesBack() throws Exception {
        ProjectEvent lecture = new ProjectEvent("令和7年度 第1回全国連携講演会",
                new EventKind(EventKind.LECTURE, "講演会", "Lecture", 10), "講演と対談", "特別区職員研修所",
                LocalDate.of(2025, 8, 12), LocalDate.of(2025, 8, 12));
        lecture.details(null, null, null, null, "東京都千代田区飯田橋三丁目5番1号", null, LocalTime.of(14, 0),
                LocalTime.of(16, 30));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(
                EventCalendar.write(List.of(lecture), "https://collabo.example.jp", "collabo.example.jp")));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getProperty(Property.SUMMARY).map(p -> ((Property) p).getValue()))
                .hasValue("令和7年度 第1回全国連携講演会");
        assertThat(event.getProperty(Property.DTSTART).map(p -> ((Property) p).getValue())).hasValue("20250812T050000Z");
        assertThat(event.getProperty(Property.DTEND).map(p -> ((Property) p).getValue())).hasValue("20250812T073000Z");
        assertThat(event.getProperty(Property.LOCATION).map(p -> ((Property) p).getValue()))
                .hasValue("特別区職員研修所 東京都千代田区飯田橋三丁目5番1号");
    }

    @Test
    void anExhibitionIsAnAllDayEventEndingTheDayAfterItsLastDay() throws Exception {
        ProjectEvent exhibition = new ProjectEvent("全国連携展示", new EventKind(EventKind.EXHIBITION, "展示", "Exhibition", 30),
                "パネル展示", "東京区政会館", LocalDate.of(2025, 7, 8), LocalDate.of(2025, 8, 28));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(
                EventCalendar.write(List.of(exhibition), "http://localhost:8080", "localhost")));
        VEvent event = (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getProperty(Property.DTSTART).map(p -> ((Property) p).getValue())).hasValue("20250708");
        assertThat(event.getProperty(Property.DTEND).map(p -> ((Property) p).getValue())).hasValue("20250829");
    }
}
