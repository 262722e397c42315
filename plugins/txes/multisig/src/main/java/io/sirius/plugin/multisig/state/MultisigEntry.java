package io.sirius.plugin.multisig.state;

import io.sirius.api.model.Address;
import io.sirius.api.model.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An account's place in the multisig graph (Sirius's {@code MultisigEntry}): its cosignatories with the minimums they
 * must reach, and the multisig accounts it cosigns. An account with cosignatories is a multisig account; one with
 * none is a plain account that cosigns others. Immutable: every change returns a new entry.
 *
 * @param account the account's public key
 * @param accountAddress its address (REST shows it; Sirius's MongoDB row keeps it too)
 * @param minApproval how many cosignatories must approve a transaction, 0 to 255
 * @param minRemoval how many cosignatories must approve removing one, 0 to 255
 * @param cosignatories its cosignatories, sorted by key bytes (unsigned), each once
 * @param multisigAccounts the accounts it cosigns, sorted by key bytes (unsigned), each once
 */
public record MultisigEntry(PublicKey account, Address accountAddress, int minApproval, int minRemoval,
        List<PublicKey> cosignatories, List<PublicKey> multisigAccounts) {
    /** Orders keys as Sirius's sorted key sets (and the store) do: by their bytes, unsigned. */
    public static final Comparator<PublicKey> KEY_ORDER = (a, b) -> Arrays.compareUnsigned(a.bytes(), b.bytes());

    /** Checks the arguments; sorts the key lists and drops repeats. */
    public MultisigEntry {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accountAddress, "accountAddress");
        if (minApproval < 0 || minApproval > 0xFF || minRemoval < 0 || minRemoval > 0xFF) {
            throw new IllegalArgumentException("minimums are u8, not " + minApproval + " and " + minRemoval);
        }
        cosignatories = sorted(cosignatories);
        multisigAccounts = sorted(multisigAccounts);
    }

    /**
     * @param account an account's key
     * @param accountAddress its address
     * @return an entry with no cosignatory, no multisig account and zero minimums
     */
    public static MultisigEntry empty(PublicKey account, Address accountAddress) {
        return new MultisigEntry(account, accountAddress, 0, 0, List.of(), List.of());
    }

    /** @return whether the account has cosignatories (and so may not sign transactions itself) */
    public boolean isMultisig() {
        return !cosignatories.isEmpty();
    }

    /**
     * @return whether the account is linked into the multisig graph: it has a cosignatory or cosigns an account. The
     *     cache keeps exactly the linked accounts (Sirius removes an entry once it has neither, whatever its minimums)
     */
    public boolean isLinked() {
        return !cosignatories.isEmpty() || !multisigAccounts.isEmpty();
    }

    /**
     * @param key an account
     * @return whether it is one of the cosignatories
     */
    public boolean hasCosignatory(PublicKey key) {
        return cosignatories.contains(key);
    }

    /**
     * @param key a cosignatory to add
     * @return the entry with it
     */
    public MultisigEntry withCosignatory(PublicKey key) {
        return new MultisigEntry(account, accountAddress, minApproval, minRemoval, plus(cosignatories, key),
                multisigAccounts);
    }

    /**
     * @param key a cosignatory to remove
     * @return the entry without it
     */
    public MultisigEntry withoutCosignatory(PublicKey key) {
        return new MultisigEntry(account, accountAddress, minApproval, minRemoval, minus(cosignatories, key),
                multisigAccounts);
    }

    /**
     * @param key a multisig account it now cosigns
     * @return the entry with it
     */
    public MultisigEntry withMultisigAccount(PublicKey key) {
        return new MultisigEntry(account, accountAddress, minApproval, minRemoval, cosignatories,
                plus(multisigAccounts, key));
    }

    /**
     * @param key a multisig account it no longer cosigns
     * @return the entry without it
     */
    public MultisigEntry withoutMultisigAccount(PublicKey key) {
        return new MultisigEntry(account, accountAddress, minApproval, minRemoval, cosignatories,
                minus(multisigAccounts, key));
    }

    /**
     * @param approval the new approval minimum
     * @param removal the new removal minimum
     * @return the entry with them
     */
    public MultisigEntry withMinimums(int approval, int removal) {
        return new MultisigEntry(account, accountAddress, approval, removal, cosignatories, multisigAccounts);
    }

    private static List<PublicKey> sorted(List<PublicKey> keys) {
        TreeSet<PublicKey> set = new TreeSet<>(KEY_ORDER);
        for (PublicKey key : keys) {
            set.add(Objects.requireNonNull(key, "key"));
        }
        return List.copyOf(set);
    }

    private static List<PublicKey> plus(List<PublicKey> keys, PublicKey key) {
        List<PublicKey> out = new ArrayList<>(keys);
        out.add(key);
        return out;
    }

    private static List<PublicKey> minus(List<PublicKey> keys, PublicKey key) {
        List<PublicKey> out = new ArrayList<>(keys);
        out.remove(key);
        return out;
    }
}
