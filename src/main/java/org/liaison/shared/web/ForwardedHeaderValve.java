package org.liaison.shared.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Reads the standard {@code Forwarded} header (RFC 7239) of a trusted proxy as the {@code X-Forwarded-*} headers
 * that Tomcat's {@code RemoteIpValve}, next in the pipeline, understands: every {@code for} in order, and the
 * {@code proto} and {@code host} of the element that names the client (the first, from the right, whose {@code for}
 * is not a trusted proxy: the one the first trusted proxy wrote). A proxy that sends {@code X-Forwarded-For} is read
 * by that header alone. A request from an untrusted address is left as it came; its headers are dropped later
 * ({@link ForwardingConfiguration}).
 */
final class ForwardedHeaderValve extends ValveBase {

    private final NetMaskSet trusted;

    ForwardedHeaderValve(TrustedProxies trusted) {
        super(true);
        this.trusted = trusted.asSet();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
        String forwarded = joined(headers, "Forwarded");
        if (forwarded != null && headers.getValue("X-Forwarded-For") == null
                && TrustedProxies.contains(trusted, request.getRemoteAddr())) {
            translate(forwarded, headers);
        }
        getNext().invoke(request, response);
    }

    private void translate(String forwarded, MimeHeaders headers) {
        List<Map<String, String>> elements = parse(forwarded);
        List<String> chain = new ArrayList<>();
        for (Map<String, String> element : elements) {
            String node = element.get("for");
            if (node != null) {
                chain.add(address(node));
            }
        }
        if (chain.size() != elements.size() || chain.isEmpty()) {
            return; // an element without "for": the chain cannot be followed, believe nothing of it
        }
        Map<String, String> client = elements.get(0);
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (!TrustedProxies.contains(trusted, chain.get(i))) {
                client = elements.get(i);
                break;
            }
        }
        headers.setValue("X-Forwarded-For").setString(String.join(", ", chain));
        String proto = client.get("proto");
        if (proto != null) {
            headers.setValue("X-Forwarded-Proto").setString(proto.toLowerCase(Locale.ROOT));
        }
        String host = client.get("host");
        if (host != null) {
            int colon = host.lastIndexOf(':');
            boolean port = colon > host.lastIndexOf(']') && colon > 0;
            headers.setValue("X-Forwarded-Host").setString(port ? host.substring(0, colon) : host);
            if (port && headers.getValue("X-Forwarded-Port") == null) {
                headers.setValue("X-Forwarded-Port").setString(host.substring(colon + 1));
            }
        }
    }

    /** The node's address without its port: {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}. */
    static String address(String node) {
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end > 0 ? node.substring(1, end) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }

    /** The elements of a {@code Forwarded} value, each its pairs with lower-case names and unquoted values. */
    static List<Map<String, String>> parse(String value) {
        List<Map<String, String>> elements = new ArrayList<>();
        Map<String, String> element = new LinkedHashMap<>();
        StringBuilder token = new StringBuilder();
        String name = null;
        boolean quoted = false;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (quoted) {
                if (c == '\\' && i + 1 < value.length()) {
                    token.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    token.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '=' && name == null) {
                name = token.toString().trim().toLowerCase(Locale.ROOT);
                token.setLength(0);
            } else if (c == ';' || c == ',') {
                if (name != null && !name.isEmpty()) {
                    element.putIfAbsent(name, token.toString().trim());
                }
                name = null;
                token.setLength(0);
                if (c == ',' && !element.isEmpty()) {
                    elements.add(element);
                    element = new LinkedHashMap<>();
                }
            } else {
                token.append(c);
            }
        }
        return elements;
    }

    private static String joined(MimeHeaders headers, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (headers.getName(i).equalsIgnoreCase(name)) {
                values.add(headers.getValue(i).toString());
            }
        }
        return values.isEmpty() ? null : String.join(",", values);
    }
}
