package io.stockledger.inventory.api.webhook;

import io.stockledger.inventory.command.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://127.9.9.9:8080/x", "http://localhost/hook",
            "http://[::1]/hook", "http://0.0.0.0/", "http://[::]/", "http://10.1.2.3/", "http://172.16.0.1/",
            "http://172.31.255.255/", "http://192.168.1.10/", "http://169.254.169.254/latest/meta-data",
            "http://[fe80::1]/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://224.0.0.1/",
            "http://[ff02::1]/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.0.0.1]/"})
    void refusesLoopbackPrivateLinkLocalUnspecifiedAndMulticast(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hooks/stock", "http://8.8.8.8:8080/x?y=1",
            "https://[2606:4700:4700::1111]/hook", "http://172.32.0.1/", "http://192.169.0.1/"})
    void allowsPublicAddresses(String url) {
        assertThat(strict.check(url)).isEqualTo(URI.create(url));
    }

    @Test
    void checksEveryAddressAHostResolvesTo() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(false, host -> new InetAddress[]{
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
        assertThatThrownBy(() -> policy.check("https://hooks.example.com/x"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("10.0.0.7");
        WebhookUrlPolicy publicOnly = new WebhookUrlPolicy(false,
                host -> new InetAddress[]{InetAddress.getByName("93.184.216.34")});
        assertThat(publicOnly.check("https://hooks.example.com/x")).hasHost("hooks.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "/relative/path", "ftp://93.184.216.34/x", "file:///etc/passwd",
            "http://user:pw@93.184.216.34/", "mailto:ops@example.com", "http:///nohost"})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
        assertThatThrownBy(() -> strict.check(url)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void allowsPrivateNetworksOnlyWhenConfigured() {
        WebhookUrlPolicy lenient = new WebhookUrlPolicy(true);
        assertThat(lenient.check("http://127.0.0.1:9000/hook")).hasPort(9000);
        assertThatThrownBy(() -> strict.check("http://127.0.0.1:9000/hook"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("127.0.0.1");
    }
}
