package nl.speelveld.conventions.events;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps webhook deliveries away from the service's own network (SSRF). A target must be {@code https} (plain
 * {@code http} only when configured), have a host and no user info; its host is resolved at every delivery and every
 * address it resolves to must be public: loopback, private (RFC 1918, unique local), link-local (which holds the
 * cloud metadata address 169.254.169.254), carrier-grade NAT (which holds 100.100.100.200), multicast, unspecified
 * and reserved addresses are refused, unless the allow-list names the host, the address or a CIDR range holding it.
 * The sender then connects to the checked address itself (no second lookup an attacker could answer differently).
 */
public final class TargetGuard {

    /** Resolves a host name; the JDK's resolver in production. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A checked target: where to connect and what to send as Host and SNI. */
    public record Target(URI uri, boolean https, String host, int port, InetAddress address, String pathAndQuery) {
    }

    /** Why a target is refused; the message is safe to show to the subscriber. */
    public static class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** The host does not resolve (now): refused at delivery, accepted when subscribing (it may resolve later). */
    public static final class Unresolved extends Refused {
        public Unresolved(String message) {
            super(message);
        }
    }

    private final boolean allowHttp;
    private final List<String> allowedHosts = new ArrayList<>();
    private final List<byte[][]> allowedRanges = new ArrayList<>();
    private final Resolver resolver;

    public TargetGuard(boolean allowHttp, List<String> allowList, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.resolver = resolver;
        for (String entry : allowList) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            byte[][] range = range(e);
            if (range != null) {
                allowedRanges.add(range);
            } else {
                allowedHosts.add(e);
            }
        }
    }

    /** Checks the URL's form only (at subscription time, before any lookup). */
    public URI checkForm(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new Refused(allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry user info");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not carry a fragment");
        }
        return uri;
    }

    /** Checks the URL and resolves its host now; the target to connect to. */
    public Target check(String url) throws Refused {
        URI uri = checkForm(url);
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new Unresolved("host " + bare + " does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Unresolved("host " + bare + " does not resolve");
        }
        boolean hostAllowed = allowedHosts.contains(bare.toLowerCase(Locale.ROOT));
        for (InetAddress address : addresses) {
            if (!hostAllowed && !isPublic(address) && !inAllowedRange(address)) {
                throw new Refused("host " + bare + " resolves to " + address.getHostAddress()
                        + ", a loopback, private, link-local, multicast or reserved address");
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        return new Target(uri, https, bare, port, addresses[0], path);
    }

    private boolean inAllowedRange(InetAddress address) {
        byte[] a = address.getAddress();
        for (byte[][] range : allowedRanges) {
            byte[] net = range[0];
            int bits = range[1][0] & 0xff;
            if (net.length == a.length && matches(a, net, bits)) {
                return true;
            }
        }
        return false;
    }

    /** An IP literal or CIDR range as {network, {prefix bits}}, or null for a host name. */
    private static byte[][] range(String entry) {
        String ip = entry;
        int bits = -1;
        int slash = entry.indexOf('/');
        if (slash > 0) {
            ip = entry.substring(0, slash);
            try {
                bits = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.matches("[0-9.]+") && !ip.contains(":")) {
            return null;
        }
        try {
            byte[] address = InetAddress.getByName(ip).getAddress();
            return new byte[][] {address, {(byte) (bits < 0 ? address.length * 8 : bits)}};
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean matches(byte[] address, byte[] network, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an address is on the public internet. */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] a = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(a);
        }
        if (address instanceof Inet6Address) {
            if ((a[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local (e.g. fd00:ec2::254, a metadata address)
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= a[i] == 0;
            }
            if (zeroPrefix && ((a[10] == 0 && a[11] == 0) || (a[10] == (byte) 0xff && a[11] == (byte) 0xff))) {
                return isPublicV4(new byte[] {a[12], a[13], a[14], a[15]}); // IPv4-compatible or -mapped
            }
            if (a[0] == 0x00 && a[1] == 0x64 && a[2] == (byte) 0xff && a[3] == (byte) 0x9b) {
                return isPublicV4(new byte[] {a[12], a[13], a[14], a[15]}); // NAT64 64:ff9b::/96
            }
            if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == (byte) 0xb8) {
                return false; // 2001:db8::/32 documentation
            }
            return true;
        }
        return false;
    }

    private static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0 || b0 == 10 || b0 == 127 || b0 >= 224
                || (b0 == 100 && b1 >= 64 && b1 <= 127)
                || (b0 == 169 && b1 == 254)
                || (b0 == 172 && b1 >= 16 && b1 <= 31)
                || (b0 == 192 && b1 == 168)
                || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2))
                || (b0 == 198 && (b1 == 18 || b1 == 19))
                || (b0 == 198 && b1 == 51 && b2 == 100)
                || (b0 == 203 && b1 == 0 && b2 == 113));
    }
}
