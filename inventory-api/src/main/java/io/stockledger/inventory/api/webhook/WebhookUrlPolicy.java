package io.stockledger.inventory.api.webhook;

import io.stockledger.inventory.command.common.InvalidValueException;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which webhook URLs may be called (server-side request forgery guard): absolute {@code http} or {@code https}
 * URLs whose host resolves only to public addresses. Loopback, link-local, private (RFC 1918, shared
 * 100.64.0.0/10, IPv6 unique local fc00::/7 and site-local), unspecified ({@code 0.0.0.0/8}, {@code ::}) and
 * multicast addresses are refused unless private networks are allowed. Checked when subscribing and again
 * before each delivery, since DNS answers may change.
 */
public class WebhookUrlPolicy {

    /** Resolves a host name to its addresses (replaceable in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final int MAX_LENGTH = 2048;

    private final boolean allowPrivateNetworks;
    private final Resolver resolver;

    /** @param allowPrivateNetworks {@code stockledger.webhooks.allow-private-networks} */
    public WebhookUrlPolicy(boolean allowPrivateNetworks) {
        this(allowPrivateNetworks, InetAddress::getAllByName);
    }

    WebhookUrlPolicy(boolean allowPrivateNetworks, Resolver resolver) {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
    }

    /**
     * @param url the URL as given
     * @return the URL, checked
     * @throws InvalidValueException (field {@code url}) when it is malformed or not allowed
     */
    public URI check(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidValueException("url", "url is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidValueException("url", "url is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidValueException("url", "url must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidValueException("url", "url must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidValueException("url", "url must not contain credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidValueException("url", "url must not contain a fragment");
        }
        checkAddresses(uri);
        return uri;
    }

    /**
     * @param uri a URL accepted before
     * @throws InvalidValueException when its host now resolves to an address that is not allowed
     */
    public void checkAddresses(URI uri) {
        if (allowPrivateNetworks) {
            return;
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new InvalidValueException("url", "url host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new InvalidValueException("url", "url host " + host + " resolves to a loopback, private, "
                        + "link-local, unspecified or multicast address (" + address.getHostAddress()
                        + "), which is not allowed");
            }
        }
    }

    /** @return whether the address is a public unicast address */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                      // 0.0.0.0/8 "this network"
                    && !(first == 100 && (second & 0xc0) == 64)    // 100.64.0.0/10 shared address space
                    && first < 240;                                // 240.0.0.0/4 reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {                           // fc00::/7 unique local
                return false;
            }
            boolean mapped = true;                                 // ::ffff:a.b.c.d IPv4-mapped
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
