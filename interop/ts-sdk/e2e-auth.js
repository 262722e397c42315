'use strict';
// Drives the authorization plugins of a running sirius-osgi devnet with the official TypeScript SDK, as wallets do:
// a bonded aggregate guarded by a hash lock completed by a detached cosignature, another dropped when its lock expires
// (the deposit forfeit), a 2-of-3 multisig account, a secret lock claimed with its proof and another refunded at
// expiry, and an account that blocks an address.
//
//   SIRIUS_URL=http://127.0.0.1:3000 SIRIUS_PRIVATE_KEY=<a funded devnet key> node e2e-auth.js
//
// Every step prints one line; the first failure prints what was expected and exits with status 1.
// DistributionSmokeIT runs this against the shipped distribution.

const crypto = require('crypto');
const { firstValueFrom, filter, timeout } = require('rxjs');
const common = require('./common');
const { sdk, url, waitMs, requireKey, check, step, run } = common;

const privateKey = requireKey();
const FEE = sdk.UInt64.fromUint(0);

async function main() {
    const chainHttp = new sdk.ChainHttp(url);
    const blockHttp = new sdk.BlockHttp(url);
    const accountHttp = new sdk.AccountHttp(url);
    const transactionHttp = new sdk.TransactionHttp(url);
    const networkType = await firstValueFrom(new sdk.NetworkHttp(url).getNetworkType());
    const generationHash = (await firstValueFrom(blockHttp.getBlockByHeight(1))).generationHash;

    const alice = sdk.Account.createFromPrivateKey(privateKey, networkType, 1);
    const currencyId = (await firstValueFrom(accountHttp.getAccountInfo(alice.address))).mosaics[0].id;
    const xpx = amount => new sdk.Mosaic(new sdk.MosaicId(currencyId.toHex()), sdk.UInt64.fromUint(amount));
    const newAccount = () => sdk.Account.generateNewAccount(networkType, 1);
    const transfer = (to, amount, message) => sdk.TransferTransaction.create(sdk.Deadline.create(), to.address || to,
        amount ? [xpx(amount)] : [], message ? sdk.PlainMessage.create(message) : sdk.EmptyMessage, networkType, FEE);
    async function balance(account) {
        try {
            const info = await firstValueFrom(accountHttp.getAccountInfo(account.address));
            const held = info.mosaics.find(m => m.id.toHex() === currencyId.toHex());
            return held ? held.amount.compact() : 0;
        } catch (e) {
            if (e && (e.statusCode === 404 || /404|ResourceNotFound/.test(String(e.message || e)))) {
                return 0;
            }
            throw e;
        }
    }
    async function waitFor(what, condition) {
        const until = Date.now() + waitMs;
        while (Date.now() < until) {
            if (await condition()) {
                return;
            }
            await new Promise(resolve => setTimeout(resolve, 500));
        }
        throw new Error('timed out waiting for ' + what);
    }

    const listener = new sdk.Listener(url.replace(/^http/, 'ws'));
    await listener.open();
    const announce = tx => transactionHttp.announce(tx);
    const confirm = (signed, what) => common.announceAndConfirm(listener, networkType, announce, signed, what);
    const refuse = (signed, what) => common.announceAndExpectRefusal(listener, networkType, announce, signed, what);
    try {
        // 1. A bonded aggregate guarded by a hash lock, completed by a detached cosignature: alice and bob swap.
        const bob = newAccount();
        await confirm(alice.sign(transfer(bob, 1000000, 'bob gets funds'), generationHash), 'fund bob');
        // A 36-hour deadline: beyond the network's 24h maxTransactionLifetime, within the aggregates' own 48h.
        const swap = sdk.AggregateTransaction.createBonded(sdk.Deadline.createForBonded(36), [
            transfer(bob, 500000, 'from alice').toAggregate(alice.publicAccount),
            transfer(alice, 200000, 'from bob').toAggregate(bob.publicAccount),
        ], networkType, [], FEE);
        const signedSwap = alice.sign(swap, generationHash);
        const aliceBefore = await balance(alice);
        const lock = sdk.HashLockTransaction.create(sdk.Deadline.create(), sdk.NetworkCurrencyMosaic.createRelative(10),
            sdk.UInt64.fromUint(480), signedSwap, networkType, FEE);
        await confirm(alice.sign(lock, generationHash), 'hash lock of 10 XPX for ' + signedSwap.hash);
        check(aliceBefore - await balance(alice) === 10000000, 'the lock did not hold 10 XPX of alice\'s');

        const bobSees = firstValueFrom(listener.aggregateBondedAdded(bob.address).pipe(
            filter(t => t.transactionInfo.hash === signedSwap.hash), timeout(waitMs)));
        const cosigned = firstValueFrom(listener.cosignatureAdded(alice.address).pipe(
            filter(c => c.parentHash === signedSwap.hash), timeout(waitMs)));
        const completed = firstValueFrom(listener.confirmed(alice.address).pipe(
            filter(t => t.transactionInfo.hash === signedSwap.hash), timeout(waitMs)));
        await firstValueFrom(transactionHttp.announceAggregateBonded(signedSwap));
        const partial = await bobSees;
        check(partial.innerTransactions.length === 2, 'partialAdded carried ' + partial.innerTransactions.length + ' transactions');
        step('listener partialAdded: bob sees ' + signedSwap.hash);
        const waiting = await firstValueFrom(transactionHttp.getPartialTransaction(signedSwap.hash));
        check(waiting.transactionInfo.hash === signedSwap.hash, 'GET /transactions/partial gave ' + waiting.transactionInfo.hash);
        const pending = await firstValueFrom(accountHttp.aggregateBondedTransactions(bob.publicAccount));
        check(pending.some(t => t.transactionInfo.hash === signedSwap.hash), 'bob\'s partial transactions lack the swap');
        step('partial transaction read back by hash and from bob\'s account');

        const cosignature = bob.signCosignatureTransaction(sdk.CosignatureTransaction.create(partial));
        await firstValueFrom(transactionHttp.announceAggregateBondedCosignature(cosignature));
        const heard = await cosigned;
        check(heard.signer === bob.publicKey, 'cosignature channel carried ' + heard.signer);
        step('listener cosignature: bob\'s detached cosignature');
        const swapped = await completed;
        check(swapped instanceof sdk.AggregateTransaction && swapped.cosignatures.length === 1
            && swapped.cosignatures[0].signer.publicKey === bob.publicKey, 'the confirmed swap has no cosignature of bob\'s');
        step('bonded aggregate: confirmed at height ' + swapped.transactionInfo.height.compact());
        const aliceAfter = await balance(alice);
        check(aliceAfter === aliceBefore - 500000 + 200000,
            'alice holds ' + aliceAfter + ', expected ' + (aliceBefore - 300000) + ' (the deposit back, the swap done)');
        check(await balance(bob) === 1000000 + 500000 - 200000, 'bob holds ' + await balance(bob));
        step('balances: the swap is done and the 10 XPX deposit is back with alice');

        // 1b. A bonded aggregate nobody cosigns: its 2-block lock expires, the node drops it, the deposit is forfeit.
        const unsigned = alice.sign(sdk.AggregateTransaction.createBonded(sdk.Deadline.create(), [
            transfer(bob, 1, 'never cosigned').toAggregate(alice.publicAccount),
            transfer(alice, 1, 'never cosigned').toAggregate(bob.publicAccount),
        ], networkType, [], FEE), generationHash);
        const beforeForfeit = await balance(alice);
        await confirm(alice.sign(sdk.HashLockTransaction.create(sdk.Deadline.create(),
            sdk.NetworkCurrencyMosaic.createRelative(10), sdk.UInt64.fromUint(2), unsigned, networkType, FEE), generationHash),
        'hash lock of 10 XPX for 2 blocks');
        const dropped = firstValueFrom(listener.aggregateBondedRemoved(alice.address).pipe(
            filter(hash => hash === unsigned.hash), timeout(waitMs)));
        const why = firstValueFrom(listener.status(alice.address).pipe(filter(e => e.hash === unsigned.hash), timeout(waitMs)));
        await firstValueFrom(transactionHttp.announceAggregateBonded(unsigned));
        await dropped;
        const reason = (await why).status;
        check(reason === 'Failure_LockHash_Inactive_Hash', 'the uncosigned aggregate was dropped with ' + reason);
        check(beforeForfeit - await balance(alice) === 10000000, 'alice got her forfeit deposit back');
        step('hash lock expired: the uncosigned aggregate is dropped (' + reason + ') and the deposit forfeit');

        // 2. A 2-of-3 multisig account spends only with two cosignatures.
        const shared = newAccount();
        const [c1, c2, c3] = [newAccount(), newAccount(), newAccount()];
        await confirm(alice.sign(transfer(shared, 300000), generationHash), 'fund the account to share');
        const convert = sdk.AggregateTransaction.createComplete(sdk.Deadline.create(), [
            sdk.ModifyMultisigAccountTransaction.create(sdk.Deadline.create(), 2, 2,
                [c1, c2, c3].map(c => new sdk.MultisigCosignatoryModification(sdk.MultisigCosignatoryModificationType.Add,
                    c.publicAccount)), networkType, FEE).toAggregate(shared.publicAccount),
        ], networkType, [], FEE);
        await confirm(shared.signTransactionWithCosignatories(convert, [c1, c2, c3], generationHash),
            'convert to a 2-of-3 multisig account');
        const multisig = await firstValueFrom(accountHttp.getMultisigAccountInfo(shared.address));
        check(multisig.minApproval === 2 && multisig.minRemoval === 2 && multisig.cosignatories.length === 3,
            'multisig ' + JSON.stringify({ minApproval: multisig.minApproval, cosignatories: multisig.cosignatories.length }));
        const ofC1 = await firstValueFrom(accountHttp.getMultisigAccountInfo(c1.address));
        check(ofC1.multisigAccounts.some(a => a.publicKey === shared.publicKey), 'c1 does not list the shared account');
        const graph = await firstValueFrom(accountHttp.getMultisigAccountGraphInfo(shared.address));
        check(graph.multisigAccounts.get(0).length === 1 && graph.multisigAccounts.get(1).length === 3,
            'graph levels ' + JSON.stringify([...graph.multisigAccounts.keys()]));
        step('multisig info and graph: 2 of c1, c2, c3');

        const spend = () => sdk.AggregateTransaction.createComplete(sdk.Deadline.create(),
            [transfer(alice, 100000, 'shared spend').toAggregate(shared.publicAccount)], networkType, [], FEE);
        const alone = await refuse(c1.sign(spend(), generationHash), 'a spend cosigned by c1 alone');
        check(alone === 'Failure_Aggregate_Missing_Cosigners', 'status ' + alone);
        const itself = await refuse(shared.sign(transfer(alice, 100000), generationHash), 'a transfer signed by the shared account');
        check(/^Failure_Multisig_/.test(itself), 'status ' + itself);
        const stranger = newAccount();
        const foreign = await refuse(c1.signTransactionWithCosignatories(spend(), [stranger], generationHash),
            'a spend cosigned by c1 and a stranger');
        check(/^Failure_Aggregate_(Ineligible|Missing)_Cosigners$/.test(foreign), 'status ' + foreign);
        check(await balance(shared) === 300000, 'the refused spends moved funds');
        await confirm(c1.signTransactionWithCosignatories(spend(), [c2], generationHash), 'a spend cosigned by c1 and c2');
        check(await balance(shared) === 200000, 'the shared account holds ' + await balance(shared));
        step('multisig: two of three spend, one alone cannot');

        // 3. A secret lock claimed with its proof, and another refunded when it expires.
        const carol = newAccount();
        const proof = crypto.randomBytes(20).toString('hex').toUpperCase();
        const secret = crypto.createHash('sha3-256').update(Buffer.from(proof, 'hex')).digest('hex').toUpperCase();
        const beforeLocks = await balance(alice);
        await confirm(alice.sign(sdk.SecretLockTransaction.create(sdk.Deadline.create(), xpx(70000), sdk.UInt64.fromUint(100),
            sdk.HashType.Op_Sha3_256, secret, carol.address, networkType, FEE), generationHash), 'secret lock of 70000 for carol');
        check(beforeLocks - await balance(alice) === 70000, 'the lock did not take 70000 from alice');
        const wrongProof = crypto.randomBytes(20).toString('hex').toUpperCase();
        const wrong = await refuse(carol.sign(sdk.SecretProofTransaction.create(sdk.Deadline.create(), sdk.HashType.Op_Sha3_256,
            secret, carol.address, wrongProof, networkType, FEE), generationHash), 'a proof that does not match');
        check(/^Failure_LockSecret_/.test(wrong), 'status ' + wrong);
        await confirm(carol.sign(sdk.SecretProofTransaction.create(sdk.Deadline.create(), sdk.HashType.Op_Sha3_256,
            secret, carol.address, proof, networkType, FEE), generationHash), 'carol\'s proof');
        check(await balance(carol) === 70000, 'carol holds ' + await balance(carol));
        step('secret lock: claimed with its proof');

        const otherSecret = crypto.createHash('sha3-256').update(crypto.randomBytes(20)).digest('hex').toUpperCase();
        const beforeRefund = await balance(alice);
        const short = await confirm(alice.sign(sdk.SecretLockTransaction.create(sdk.Deadline.create(), xpx(40000),
            sdk.UInt64.fromUint(2), sdk.HashType.Op_Sha3_256, otherSecret, carol.address, networkType, FEE), generationHash),
        'secret lock of 40000 for 2 blocks');
        const lockedAt = short.transactionInfo.height.compact();
        check(beforeRefund - await balance(alice) === 40000, 'the short lock did not take 40000 from alice');
        await waitFor('the lock to expire and refund alice', async () => await balance(alice) === beforeRefund);
        const refundedBy = (await firstValueFrom(chainHttp.getBlockchainHeight())).compact();
        check(refundedBy >= lockedAt + 2, 'refunded at ' + refundedBy + ', before the lock from ' + lockedAt + ' expired');
        step('secret lock: refunded to alice after expiry (locked at ' + lockedAt + ')');

        // 4. An account that blocks an address cannot receive from it; others still reach it.
        const dave = newAccount();
        await confirm(dave.sign(sdk.AccountRestrictionTransaction.createAddressRestrictionModificationTransaction(
            sdk.Deadline.create(), sdk.RestrictionType.BlockAddress,
            [sdk.AccountRestrictionModification.createForAddress(sdk.RestrictionModificationType.Add, alice.address)],
            networkType, FEE), generationHash), 'dave blocks alice');
        const restrictions = await firstValueFrom(accountHttp.getAccountRestrictions(dave.address));
        check(JSON.stringify(restrictions).includes(alice.address.plain()), 'dave\'s restrictions ' + JSON.stringify(restrictions));
        step('account properties: dave blocks ' + alice.address.plain());
        const blocked = await refuse(alice.sign(transfer(dave, 1000), generationHash), 'a transfer from alice to dave');
        check(/^Failure_Property_/.test(blocked), 'status ' + blocked);
        check(await balance(dave) === 0, 'dave received from alice');
        await confirm(bob.sign(transfer(dave, 1000), generationHash), 'a transfer from bob to dave');
        check(await balance(dave) === 1000, 'dave holds ' + await balance(dave));
        step('blocked address: alice cannot pay dave, bob can');
    } finally {
        listener.close();
    }
}

run(main);
