package io.sirius.plugin.accountlink.internal.validators;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.account.AccountType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.validation.StatefulValidationContext;
import java.util.Optional;

/**
 * Account state reads the account link validators share.
 */
final class Accounts {

    private Accounts() {
    }

    /**
     * @param context the validation context
     * @param key a public key
     * @return the account of that key, if the chain knows it
     */
    static Optional<AccountState> find(StatefulValidationContext context, PublicKey key) {
        return context.state().cache(AccountStateCache.DESCRIPTOR).find(context.addressOf(key));
    }

    /**
     * As Sirius's {@code state::IsRemote}: a remote account stays one after its link is undone, so a former remote
     * can neither sign nor take part in transactions either.
     *
     * @param type a link role
     * @return whether it is a remote account, linked or not
     */
    static boolean isRemote(AccountType type) {
        return type == AccountType.REMOTE || type == AccountType.REMOTE_UNLINKED;
    }
}
