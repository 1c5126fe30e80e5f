package jp.tokyo23city.portal.event.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.tokyo23city.portal.event.entity.EventStop;
import jp.tokyo23city.portal.event.entity.EventStop.Phase;

/** The stops of a touring exhibition on a given day: past, the one on show now, and those to come. */
public final class StopSchedule {

    private final List<EventStop> stops;
    private final LocalDate day;

    public StopSchedule(List<EventStop> stops, LocalDate day) {
        this.stops = stops.stream().sorted(Comparator.comparing(EventStop::getStartsOn)).toList();
        this.day = day;
    }

    public Optional<EventStop> current() {
        return stops.stream().filter(s -> s.phaseOn(day) == Phase.CURRENT).findFirst();
    }

    /** The next stop to open, when none is on show. */
    public Optional<EventStop> next() {
        return future().stream().findFirst();
    }

    public List<EventStop> past() {
        return stops.stream().filter(s -> s.phaseOn(day) == Phase.PAST).toList();
    }

    public List<EventStop> future() {
        return stops.stream().filter(s -> s.phaseOn(day) == Phase.FUTURE).toList();
    }

    public List<EventStop> all() {
        return stops;
    }

    public Phase phaseOf(EventStop stop) {
        return stop.phaseOn(day);
    }
}
