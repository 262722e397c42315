'use strict';
// What the interop scripts share: settings from the environment, checks that print one line per step, and an
// announcement that waits for its confirmation (or its refusal) on the websocket, as a wallet waits.

const sdk = require('tsjs-xpx-chain-sdk');
const { firstValueFrom, filter, timeout } = require('rxjs');

const url = process.env.SIRIUS_URL || 'http://127.0.0.1:3000';
const privateKey = process.env.SIRIUS_PRIVATE_KEY;
const waitMs = Number(process.env.SIRIUS_WAIT_MS || 60000);

function requireKey() {
    if (!privateKey) {
        console.error('SIRIUS_PRIVATE_KEY is not set: give the private key of a funded devnet account (data/sirius/devnet/accounts.txt)');
        process.exit(2);
    }
    return privateKey;
}

function check(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}

function step(name) {
    console.log('ok ' + name);
}

function addressOf(signer, networkType) {
    return sdk.PublicAccount.createFromPublicKey(signer, networkType, 1).address;
}

// Announces with `announce` (plain or bonded), then waits for confirmedAdded of that hash on the signer's channel;
// a status error for that hash fails the step with the node's status name.
async function announceAndConfirm(listener, networkType, announce, signedTx, what) {
    const signerAddress = addressOf(signedTx.signer, networkType);
    const seen = firstValueFrom(listener.confirmed(signerAddress).pipe(
        filter(t => t.transactionInfo.hash === signedTx.hash), timeout(waitMs)));
    const refused = firstValueFrom(listener.status(signerAddress).pipe(filter(e => e.hash === signedTx.hash)))
        .then(e => { throw new Error(what + ' refused: ' + e.status); });
    await firstValueFrom(announce(signedTx));
    const confirmed = await Promise.race([seen, refused]);
    step(what + ': confirmed');
    return confirmed;
}

// Announces and waits for the node to refuse it on the signer's status channel; returns the status name.
async function announceAndExpectRefusal(listener, networkType, announce, signedTx, what) {
    const signerAddress = addressOf(signedTx.signer, networkType);
    const refused = firstValueFrom(listener.status(signerAddress).pipe(
        filter(e => e.hash === signedTx.hash), timeout(waitMs))).then(e => ({ status: e.status, via: 'listener' }));
    const confirmed = firstValueFrom(listener.confirmed(signerAddress).pipe(filter(t => t.transactionInfo.hash === signedTx.hash)))
        .then(() => { throw new Error(what + ' was confirmed, expected a refusal'); });
    await firstValueFrom(announce(signedTx));
    // A refusal is immediate, and the status subscription above travels on the websocket while the announcement goes
    // over HTTP: on a loaded machine the node can refuse before it has read the subscription, and a websocket replays
    // nothing (as Sirius's). /transactionStatus keeps the refusal, so it is asked beside the listener.
    const polled = pollRefusal(signedTx.hash);
    const error = await Promise.race([refused, polled, confirmed]);
    step(what + ': refused with ' + error.status + (error.via === 'listener' ? '' : ' (read from /transactionStatus)'));
    return error.status;
}

async function pollRefusal(hash) {
    const http = new sdk.TransactionHttp(url);
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 1000));
        try {
            const status = await firstValueFrom(http.getTransactionStatus(hash));
            if (status.group === 'failed') {
                return { status: status.status, via: 'transactionStatus' };
            }
        } catch (e) {
            // not known yet
        }
    }
    throw new Error('no refusal of ' + hash + ' within ' + waitMs + ' ms');
}

function run(main) {
    main().then(() => {
        console.log('all steps passed');
        process.exit(0);
    }, (e) => {
        console.error('FAILED: ' + (e && e.stack ? e.stack : e));
        process.exit(1);
    });
}

module.exports = { sdk, url, waitMs, requireKey, check, step, announceAndConfirm, announceAndExpectRefusal, run };
