package org.liaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading RFC 7239's {@code Forwarded}: its elements, quoted values, and addresses with ports. */
class ForwardedHeaderValveTests {

    @Test
    void elementsArePairsWithLowerCaseNamesAndUnquotedValues() {
        assertThat(ForwardedHeaderValve.parse("for=192.0.2.60;Proto=https;by=203.0.113.43, "
                + "For=\"[2001:db8:cafe::17]:4711\";host=\"liaison.example:8443\""))
                .isEqualTo(List.of(
                        Map.of("for", "192.0.2.60", "proto", "https", "by", "203.0.113.43"),
                        Map.of("for", "[2001:db8:cafe::17]:4711", "host", "liaison.example:8443")));
    }

    @Test
    void anAddressLosesItsPortAndBrackets() {
        assertThat(ForwardedHeaderValve.address("192.0.2.60:4711")).isEqualTo("192.0.2.60");
        assertThat(ForwardedHeaderValve.address("[2001:db8:cafe::17]:4711")).isEqualTo("2001:db8:cafe::17");
        assertThat(ForwardedHeaderValve.address("[2001:db8:cafe::17]")).isEqualTo("2001:db8:cafe::17");
        assertThat(ForwardedHeaderValve.address("2001:db8:cafe::17")).isEqualTo("2001:db8:cafe::17");
        assertThat(ForwardedHeaderValve.address("unknown")).isEqualTo("unknown");
    }

    @Test
    void aTrustedProxyIsAnAddressOrARangeAndATypoStopsTheStart() {
        TrustedProxies trusted = new TrustedProxies(List.of(" 127.0.0.1 ", "10.0.0.0/8", "::1", ""));

        assertThat(trusted.ranges()).containsExactly("127.0.0.1/32", "10.0.0.0/8", "::1/128");
        assertThat(TrustedProxies.contains(trusted.asSet(), "10.20.30.40")).isTrue();
        assertThat(TrustedProxies.contains(trusted.asSet(), "127.0.0.2")).isFalse();
        assertThat(TrustedProxies.contains(trusted.asSet(), "not an address")).isFalse();
        assertThat(new TrustedProxies(List.of()).none()).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33")))
                .withMessageContaining("liaison.proxy.trusted");
    }
}
