package org.liaison.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A failed listener is logged by its name and exception classes; what the exception says never reaches the log. */
@ExtendWith(OutputCaptureExtension.class)
class ListenerFailuresTests {

    void on(Object event) {
    }

    @Test
    void aListenersFailureIsLoggedWithoutItsMessages(CapturedOutput output) throws Exception {
        IllegalStateException failure = new IllegalStateException("cannot render the certificate of Claire Martin",
                new IllegalArgumentException("birth date 1985-04-12"));

        new ListenerFailures().handleUncaughtException(failure, getClass().getDeclaredMethod("on", Object.class));

        assertThat(output.getAll()).contains("ListenerFailuresTests.on", "IllegalStateException", "IllegalArgumentException")
                .doesNotContain("Martin", "1985-04-12");
    }
}
