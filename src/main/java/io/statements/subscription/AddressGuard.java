package io.statements.subscription;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Server-side request forgery guard: webhooks must not reach the service's own network. An address is refused
 * when it is unspecified, loopback, link-local (cloud metadata 169.254.169.254), private (RFC 1918, IPv6 ULA
 * fc00::/7 including fd00:ec2::254), carrier-grade NAT (100.64/10, e.g. 100.100.100.200), multicast, reserved or
 * documentation space, or embeds such an IPv4 address (IPv4-mapped, -compatible, NAT64, 6to4).
 */
final class AddressGuard {

    private AddressGuard() {
    }

    /** All addresses of the host, or an exception naming the reason; each must pass {@link #isPublic}. */
    static List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }

    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4.getAddress());
        }
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // unique local fc00::/7
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // documentation 2001:db8::/32
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x02) {
            return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 2002::/16
        }
        if (allZero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff))) {
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // IPv4-compatible ::/96, IPv4-mapped
        }
        if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12)) {
            return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64 64:ff9b::/96
        }
        return true;
    }

    private static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0 || b0 == 10 || b0 == 127 || b0 >= 224                  // this network, private, loopback,
                || (b0 == 100 && b1 >= 64 && b1 <= 127)                          // multicast and reserved; CGNAT
                || (b0 == 169 && b1 == 254)                                      // link-local, cloud metadata
                || (b0 == 172 && b1 >= 16 && b1 <= 31) || (b0 == 192 && b1 == 168)
                || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2))                // IETF protocol, TEST-NET-1
                || (b0 == 198 && (b1 == 18 || b1 == 19))                         // benchmarking
                || (b0 == 198 && b1 == 51 && b2 == 100) || (b0 == 203 && b1 == 0 && b2 == 113));
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
