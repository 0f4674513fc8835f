package io.stockledger.inventory.api.security;

/**
 * The API key of a command line run against a service ({@code replay}, {@code rebuild}, {@code reconcile}):
 * {@code --api-key KEY} when given, else the environment variable {@code STOCKLEDGER_API_KEY}, else
 * {@code STOCKLEDGER_ADMIN_KEY}; {@code null} when none is set.
 */
public final class CliCredentials {

    private CliCredentials() {
    }

    /**
     * @param given the {@code --api-key} argument, or {@code null}
     * @return the key to send as {@code X-Api-Key}, or {@code null}
     */
    public static String apiKey(String given) {
        for (String key : new String[]{given, System.getenv("STOCKLEDGER_API_KEY"), System.getenv("STOCKLEDGER_ADMIN_KEY")}) {
            if (key != null && !key.isBlank()) {
                return key.trim();
            }
        }
        return null;
    }
}
