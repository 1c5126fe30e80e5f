package jp.tokyo23city.portal.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.junit.jupiter.api.Test;

class OutboxSenderTest {

    @Test
    void anUnreachableServerIsRecognisedThroughTheMailException() {
        MessagingException wrapped = new MessagingException("Couldn't connect to host",
                new ConnectException("Connection refused"));
        assertThat(OutboxSender.isUnreachable(wrapped)).isTrue();
    }

    @Test
    void aRefusedRecipientIsAFailureOfThatMailOnly() {
        assertThat(OutboxSender.isUnreachable(new SendFailedException("550 no such user"))).isFalse();
    }
}
