package io.sirius.plugin.accountlink.internal;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import java.util.Optional;

/** Keys, accounts and state for the account link plugin's tests. */
public final class Fixtures {
    /** A main account's key (the signer of the SDK vectors). */
    public static final PublicKey MAIN = PublicKey.fromHex("6BE33A7E2E1E761D87A4D01581BA4029EA38971D84DE4E5DCDFD7A64C66F4806");
    /** A remote account's key (the target of the SDK vectors). */
    public static final PublicKey REMOTE = PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** A third account's key. */
    public static final PublicKey OTHER = PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");
    /** The currency of the test contexts. */
    public static final MosaicId CURRENCY = ContextBuilder.DEV_CURRENCY_MOSAIC_ID;

    private Fixtures() {
    }

    /**
     * @param key a public key
     * @return its mijin-test address, as the contexts derive it
     */
    public static Address address(PublicKey key) {
        return ContextBuilder.context().transaction().addressOf(key);
    }

    /** @return a state holding the core account cache, empty */
    public static InMemoryState state() {
        return InMemoryState.of(AccountStateCache.DESCRIPTOR);
    }

    /**
     * @param key the account's key, known since {@code height}
     * @param height the height the account and its key became known
     * @return an unlinked account without balance
     */
    public static AccountState account(PublicKey key, long height) {
        return AccountState.create(address(key), new Height(height)).withPublicKey(key, new Height(height));
    }

    /**
     * @param account an account
     * @param type its link role
     * @param linked its linked key, or null
     * @return the account with that link
     */
    public static AccountState linked(AccountState account, AccountType type, PublicKey linked) {
        return account.withLink(type, Optional.ofNullable(linked));
    }

    /**
     * @param account an account
     * @param amount its balance of the currency
     * @return the account with that balance
     */
    public static AccountState funded(AccountState account, long amount) {
        return account.withBalance(CURRENCY, new Amount(amount));
    }

    /**
     * @param accounts the accounts
     * @return a state holding them
     */
    public static InMemoryState state(AccountState... accounts) {
        InMemoryState state = state();
        for (AccountState account : accounts) {
            state.cache(AccountStateCache.DESCRIPTOR).put(account.address(), account);
        }
        return state;
    }

    /**
     * @param state a state
     * @param key a key
     * @return the account of that key, if any
     */
    public static Optional<AccountState> find(InMemoryState state, PublicKey key) {
        return state.cache(AccountStateCache.DESCRIPTOR).find(address(key));
    }
}
