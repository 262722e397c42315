package io.sirius.plugin.accountlink.internal.plugin;

import io.sirius.api.rest.TransactionJson;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Account_Link as REST shows it (js-xpx-chain-rest's {@code accountLink} codec, read by the SDK's
 * {@code CreateTransactionFromDTO}): {@code remoteAccountKey} in hex and {@code action} as its number (0 link,
 * 1 unlink).
 */
public final class AccountLinkTransactionJson implements TransactionJson<AccountLinkTransaction> {

    @Override
    public Map<String, Object> write(AccountLinkTransaction transaction, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("remoteAccountKey", transaction.remoteAccountKey().toHex());
        json.put("action", transaction.linkAction());
        return json;
    }
}
