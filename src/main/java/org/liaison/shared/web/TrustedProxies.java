package org.liaison.shared.web;

import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.util.NetMaskSet;

/**
 * The reverse proxies whose forwarding headers are believed ({@code liaison.proxy.trusted}): address ranges in CIDR
 * notation, a bare address meaning that address alone. Empty (the default): no proxy is trusted and every forwarding
 * header is ignored.
 */
record TrustedProxies(List<String> ranges) {

    TrustedProxies {
        ranges = ranges.stream().map(String::trim).filter(r -> !r.isEmpty()).map(TrustedProxies::range).toList();
    }

    boolean none() {
        return ranges.isEmpty();
    }

    /** The ranges as Tomcat's {@code RemoteIpValve} reads CIDR notation: comma-separated, each with its mask. */
    String asCidrList() {
        return String.join(", ", ranges);
    }

    NetMaskSet asSet() {
        return NetMaskSet.parse(asCidrList());
    }

    static boolean contains(NetMaskSet set, String address) {
        try {
            return set.contains(address);
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /** One range with its mask, checked now, so that a typo stops the start rather than trusting nobody silently. */
    private static String range(String value) {
        String withMask = value.contains("/") ? value : value + (value.contains(":") ? "/128" : "/32");
        try {
            return new NetMask(withMask).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("liaison.proxy.trusted: not an address or a range in CIDR notation: "
                    + value, e);
        }
    }

    @Override
    public String toString() {
        return ranges.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
