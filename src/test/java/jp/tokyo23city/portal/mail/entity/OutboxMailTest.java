package jp.tokyo23city.portal.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void backsOffExponentiallyUpToTwoHours() {
        assertThat(OutboxMail.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxMail.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxMail.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxMail.backoff(11)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void staysPendingAndReschedulesAfterAFailure() {
        OutboxMail mail = new OutboxMail("tanto@example.jp", "件名", "本文", NOW);
        mail.markFailed("Connection refused", NOW);
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(mail.getLastError()).isEqualTo("Connection refused");
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        OutboxMail mail = new OutboxMail("tanto@example.jp", "件名", "本文", NOW);
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.markFailed("timeout", NOW);
        }
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.FAILED);
    }

    @Test
    void recordsWhenItWasSent() {
        OutboxMail mail = new OutboxMail("tanto@example.jp", "件名", "本文", NOW);
        mail.markFailed("timeout", NOW);
        mail.markSent(NOW.plusSeconds(60));
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(mail.getLastError()).isNull();
    }

    @Test
    void forgetsTheBodyOnceSentSoThatNoResetLinkStaysInTheDatabase() {
        OutboxMail mail = new OutboxMail("tanto@example.jp", "件名", "https://portal/password-reset-confirm.xhtml?token=x", NOW);
        mail.markSent(NOW);
        assertThat(mail.getBody()).doesNotContain("token");
    }

    @Test
    void waitsWithoutCountingAnAttemptWhileTheServerIsUnreachable() {
        OutboxMail mail = new OutboxMail("tanto@example.jp", "件名", "本文", NOW);
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS * 2; i++) {
            mail.defer(NOW);
        }
        assertThat(mail.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(OutboxMail.DEFERRAL));
    }
}
