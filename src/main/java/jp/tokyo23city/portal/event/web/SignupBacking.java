package jp.tokyo23city.portal.event.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventException;
import jp.tokyo23city.portal.event.boundary.EventService;
import jp.tokyo23city.portal.event.boundary.SeatStatus;
import jp.tokyo23city.portal.event.boundary.SignupRequest;
import jp.tokyo23city.portal.event.boundary.SignupService;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /events/signup.xhtml?id=: the sign-up form. Staff find their name and address filled in from their account; the
 * public type name, ふりがな, organisation, e-mail and phone; both answer the event's own questions.
 */
@Named
@ViewScoped
public class SignupBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "signupForm:";

    @Inject
    transient EventService events;

    @Inject
    transient SignupService signups;

    private Long id;
    private ProjectEvent event;
    private SeatStatus seats;
    private List<String> questions = List.of();
    private SignupRequest request = new SignupRequest();
    private boolean prefilled;
    private SignupService.Receipt receipt;

    public void open() throws IOException {
        event = id == null ? null : events.find(id).orElse(null);
        if (event == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        seats = events.seats(event);
        questions = new ArrayList<>(event.questionList());
        signups.prefill().ifPresent(p -> {
            request = p;
            prefilled = true;
        });
        List<String> answers = new ArrayList<>();
        questions.forEach(q -> answers.add(null));
        request.setAnswers(answers);
    }

    public void submit() {
        List<SignupService.Problem> problems = signups.problems(request, event);
        if (!problems.isEmpty()) {
            Messages.error("events.signup.message.invalid");
            for (SignupService.Problem p : problems) {
                if (p.field() == null) {
                    Messages.error(p.messageKey());
                } else {
                    Messages.errorFor(FORM + p.field(), p.messageKey());
                }
            }
            return;
        }
        try {
            receipt = signups.signUp(id, request);
        } catch (EventException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectEvent getEvent() {
        return event;
    }

    public SeatStatus getSeats() {
        return seats;
    }

    public List<String> getQuestions() {
        return questions;
    }

    public SignupRequest getRequest() {
        return request;
    }

    public boolean isPrefilled() {
        return prefilled;
    }

    public SignupService.Receipt getReceipt() {
        return receipt;
    }
}
