import { randomUUID } from "node:crypto";
import type { BusHandler, ClusterBus } from "../cluster/bus.ts";

/**
 * Several in-process buses linked as Redis links processes (each hears what the others publish,
 * never itself), for tests of what travels between processes without a Redis. `losing` makes
 * the hub lose messages, and `reconnectAll` tells every bus its link came back.
 */
export class MemoryBusHub {
  private readonly buses = new Set<MemoryBus>();
  /** Loses every message for which it answers true (default: none). */
  losing: (channel: string, payload: Uint8Array) => boolean = () => false;

  /** A new process's bus on this hub. */
  join(): ClusterBus {
    const bus = new MemoryBus(this);
    this.buses.add(bus);
    return bus;
  }

  /** Every bus's link came back after a break (as after a Redis restart). */
  reconnectAll(): void {
    for (const bus of this.buses) bus.reconnected();
  }

  /** @internal */
  deliver(from: MemoryBus, channel: string, payload: Uint8Array): void {
    if (this.losing(channel, payload)) return;
    // Delivered after the publisher's turn, as over a network.
    queueMicrotask(() => {
      for (const bus of this.buses) if (bus !== from) bus.heard(channel, payload, from.nodeId);
    });
  }

  /** @internal */
  leave(bus: MemoryBus): void {
    this.buses.delete(bus);
  }
}

class MemoryBus implements ClusterBus {
  readonly nodeId = randomUUID();
  readonly shared = true;
  private readonly handlers = new Map<string, Set<BusHandler>>();
  private readonly reconnectHandlers = new Set<() => void>();

  constructor(private readonly hub: MemoryBusHub) {}

  publish(channel: string, payload: Uint8Array): void {
    this.hub.deliver(this, channel, payload);
  }

  subscribe(channel: string, handler: BusHandler): () => void {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  async close(): Promise<void> {
    this.hub.leave(this);
  }

  heard(channel: string, payload: Uint8Array, fromNode: string): void {
    for (const handler of this.handlers.get(channel) ?? []) handler(payload, fromNode);
  }

  reconnected(): void {
    for (const handler of this.reconnectHandlers) handler();
  }
}
