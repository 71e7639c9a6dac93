import { randomInt } from "node:crypto";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { ClusterBus } from "./bus.ts";

/** How often each process says how many messages it sent on a channel (default). */
export const HEARTBEAT_MS = 5_000;

/** A sender silent for this many heartbeats is forgotten (it stopped or left). */
const FORGET_AFTER_HEARTBEATS = 6;

/**
 * Right after sending, a process beats this many times faster for one heartbeat: the count
 * after a burst (whose last message may be the lost one) arrives within a fraction of a
 * heartbeat, several times over, while a channel that is quiet costs one beat per heartbeat.
 */
const BEATS_WHILE_BUSY = 5;

const MESSAGE = 0;
const HEARTBEAT = 1;

/** What a sequenced channel does with what arrives, and how often it says it is alive. */
export interface SequencedChannelProps {
  /** One message another process sent, in the order it sent them. */
  receive(payload: Uint8Array, fromNode: string): void;
  /**
   * Messages may have been lost (a sender's numbers jumped, its heartbeat counted more than
   * arrived, or the link came back after a break): the listener repairs from the store.
   * `fromNode` names the sender whose messages were lost; absent after a break of the link
   * (anyone's may have been).
   */
  missed(fromNode?: string): void;
  heartbeatMs?: number;
  /**
   * Also call `missed(fromNode)` when a sender that sent something falls silent: it may have
   * died between storing something and sending it.
   */
  missedWhenSilent?: boolean;
}

/**
 * A bus channel whose losses are noticed. The bus is best effort, so each process numbers what
 * it sends on the channel and says its count in a heartbeat: a receiver that finds a number
 * skipped — or a heartbeat counting a message it never got (the lost last one) — or whose link
 * came back after a break, calls `missed` once and goes on. It costs one small message per
 * heartbeat per process that sent something (a few more right after it sent), and nothing when
 * the process is alone. A sender
 * that opens the channel again (a document loaded anew) numbers afresh under a new epoch.
 */
export class SequencedChannel {
  /** This channel's numbering: a sender that opens the channel again numbers afresh. */
  private readonly epoch = randomInt(1, 2 ** 31);
  private sent = 0;
  /** What the last heartbeat counted, and how many quick beats are left since the count grew. */
  private beaten = 0;
  private quickBeats = 0;
  private ticks = 0;
  /** The last number heard from each sender (and numbering), and when. */
  private readonly heard = new Map<string, { node: string; seq: number; at: number }>();
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly bus: ClusterBus,
    private readonly channel: string,
    private readonly props: SequencedChannelProps,
  ) {
    if (!bus.shared) return;
    const heartbeatMs = props.heartbeatMs ?? HEARTBEAT_MS;
    this.stops.push(bus.subscribe(channel, (frame, from) => this.arrived(frame, from)));
    this.stops.push(bus.onReconnect(() => props.missed()));
    const timer = setInterval(() => this.tick(heartbeatMs), heartbeatMs / BEATS_WHILE_BUSY);
    timer.unref();
    this.stops.push(() => clearInterval(timer));
  }

  /** Sends `payload` to the other processes (nothing when this one is alone). */
  send(payload: Uint8Array): void {
    if (!this.bus.shared) return;
    this.sent++;
    this.bus.publish(this.channel, frame(MESSAGE, this.epoch, this.sent, payload));
  }

  /** Stops listening and sending heartbeats. */
  close(): void {
    for (const stop of this.stops.splice(0)) stop();
  }

  /**
   * Says the count, once there is one (nobody can have missed anything before): at every tick
   * for a heartbeat after the count grew, otherwise once a heartbeat.
   */
  private tick(heartbeatMs: number): void {
    this.ticks++;
    if (this.sent !== this.beaten) this.quickBeats = BEATS_WHILE_BUSY;
    const heartbeat = this.ticks % BEATS_WHILE_BUSY === 0;
    if (this.sent > 0 && (heartbeat || this.quickBeats > 0)) {
      this.bus.publish(this.channel, frame(HEARTBEAT, this.epoch, this.sent));
      this.beaten = this.sent;
      this.quickBeats = Math.max(0, this.quickBeats - 1);
    }
    if (heartbeat) this.forgetSilent(heartbeatMs);
  }

  private forgetSilent(heartbeatMs: number): void {
    const forgetBefore = Date.now() - FORGET_AFTER_HEARTBEATS * heartbeatMs;
    for (const [key, last] of this.heard) {
      if (last.at >= forgetBefore) continue;
      this.heard.delete(key);
      if (this.props.missedWhenSilent && last.seq > 0) this.props.missed(last.node);
    }
  }

  private arrived(bytes: Uint8Array, from: string): void {
    let kind: number;
    let epoch: number;
    let seq: number;
    let payload: Uint8Array | undefined;
    try {
      const decoder = decoding.createDecoder(bytes);
      kind = decoding.readVarUint(decoder);
      epoch = decoding.readVarUint(decoder);
      seq = decoding.readVarUint(decoder);
      if (kind === MESSAGE) payload = decoding.readVarUint8Array(decoder);
    } catch {
      return; // Not ours: only processes publish on the bus, and they all speak this.
    }
    const key = `${from}/${epoch}`;
    const last = this.heard.get(key)?.seq ?? 0;
    // A message skips a number, or a heartbeat counts one that never came: something was lost.
    const expected = kind === MESSAGE ? last + 1 : last;
    if (seq > expected) this.props.missed(from);
    this.heard.set(key, { node: from, seq: Math.max(seq, last), at: Date.now() });
    if (payload) this.props.receive(payload, from);
  }
}

function frame(kind: number, epoch: number, seq: number, payload?: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint(encoder, epoch);
  encoding.writeVarUint(encoder, seq);
  if (payload) encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}
