package jp.tokyo23city.portal.event.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tokyo23city.portal.event.control.OrganiserAccess;
import jp.tokyo23city.portal.platform.JapaneseDates;

class ProjectEventTest {

    private final EventKind lecture = new EventKind(EventKind.LECTURE, "講演会", "Lecture", 10);

    private ProjectEvent lectureOn(LocalDate day) {
        ProjectEvent event = new ProjectEvent("講演会", lecture, "概要", "会場", day, day);
        event.details(null, Audience.PUBLIC, null, null, null, null, LocalTime.of(14, 0), LocalTime.of(16, 0));
        return event;
    }

    @Test
    void aNewEventIsADraftThatNobodySees() {
        ProjectEvent event = lectureOn(LocalDate.of(2030, 8, 12));
        assertThat(event.getStatus()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.isVisibleAt(Instant.now())).isFalse();
    }

    @Test
    void aScheduledEventAppearsAtItsPublishingTime() {
        ProjectEvent event = lectureOn(LocalDate.of(2030, 8, 12));
        Instant at = Instant.parse("2030-07-01T00:00:00Z");
        event.changeStatus(EventStatus.PUBLISHED, at);
        assertThat(event.isVisibleAt(at.minusSeconds(1))).isFalse();
        assertThat(event.isVisibleAt(at)).isTrue();
    }

    @Test
    void signUpIsOpenUntilTheEventStartsInJapanTimeUnlessADeadlineIsSet() {
        LocalDate day = LocalDate.of(2030, 8, 12);
        ProjectEvent event = lectureOn(day);
        event.changeStatus(EventStatus.PUBLISHED, null);
        event.signupSettings(true, 2, false, null, null, null, null);
        Instant start = day.atTime(14, 0).atZone(JapaneseDates.ZONE).toInstant();
        assertThat(event.isSignupOpenAt(start.minusSeconds(60))).isTrue();
        assertThat(event.isSignupOpenAt(start)).isFalse();
        event.signupSettings(true, 2, false, null, start.minusSeconds(3600), null, null);
        assertThat(event.isSignupOpenAt(start.minusSeconds(60))).isFalse();
    }

    @Test
    void cancelledEventsAndDisabledSignUpsTakeNoSignUps() {
        ProjectEvent event = lectureOn(LocalDate.of(2030, 8, 12));
        event.signupSettings(false, 2, false, null, null, null, null);
        event.changeStatus(EventStatus.PUBLISHED, null);
        assertThat(event.isSignupOpenAt(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
        event.signupSettings(true, 2, false, null, null, null, null);
        event.changeStatus(EventStatus.CANCELLED, null);
        assertThat(event.isSignupOpenAt(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ProjectEvent("x", lecture, "x", "x", LocalDate.of(2030, 8, 12),
                LocalDate.of(2030, 8, 11))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAdminsAndAssignedAccountsOrganiseAnEvent() {
        ProjectEvent event = lectureOn(LocalDate.of(2030, 8, 12));
        event.replaceOrganiserAccounts(Set.of(7L));
        assertThat(OrganiserAccess.mayManage(true, null, event)).isTrue();
        assertThat(OrganiserAccess.mayManage(false, 7L, event)).isTrue();
        assertThat(OrganiserAccess.mayManage(false, 8L, event)).isFalse();
        assertThat(OrganiserAccess.mayManage(false, null, event)).isFalse();
    }

    @Test
    void questionsAreOnePerNonEmptyLine() {
        ProjectEvent event = lectureOn(LocalDate.of(2030, 8, 12));
        event.signupSettings(true, null, false, null, null, null, "参加区分\n\n 所属の種別 \n");
        assertThat(event.questionList()).containsExactly("参加区分", "所属の種別");
    }
}
