import type { FastifyInstance } from 'fastify';

/** The REST reply as tests read it. */
export interface RestReply {
  conversationId: string;
  replies: { text: string; quickReplies?: string[]; buttons?: { id: string; label: string }[] }[];
  state: {
    topic: string | null;
    urgency: 'critical' | 'high' | 'none';
    turnCount: number;
    form?: {
      type: string;
      stage: string;
      step: number;
      total: number;
      missing: string[];
      asking?: string;
      askingFields?: string[];
    };
    caseNo?: string;
  };
  replayed: boolean;
}

/** A resident talking to the app over the REST channel; keeps every reply for assertions. */
export class RestResident {
  readonly turns: { said: string; reply: RestReply }[] = [];
  private counter = 0;
  // Several residents objects may speak for one user; their message ids must never collide.
  private readonly session = Math.random().toString(36).slice(2, 8);

  constructor(
    private readonly app: FastifyInstance,
    readonly userId: string,
  ) {}

  /** Sends one message and returns the reply. */
  async say(text: string, buttonId?: string): Promise<RestReply> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/v1/messages',
      payload: {
        userId: this.userId,
        text,
        messageId: `${this.userId}-${this.session}-${++this.counter}`,
        ...(buttonId ? { buttonId } : {}),
      },
    });
    if (res.statusCode !== 200) throw new Error(`POST /api/v1/messages ${res.statusCode}: ${res.body}`);
    const reply = res.json<RestReply>();
    this.turns.push({ said: text, reply });
    return reply;
  }

  /** Taps a button the bot offered (sends its id, with its label as the words). */
  tap(button: { id: string; label: string }): Promise<RestReply> {
    return this.say(button.label, button.id);
  }

  /** All reply texts of the last turn, joined. */
  get lastText(): string {
    return (this.turns.at(-1)?.reply.replies ?? []).map((r) => r.text).join('\n');
  }

  /** The transcript so far, for failure messages. */
  transcript(): string {
    return this.turns
      .map((t) => `> ${t.said}\n${t.reply.replies.map((r) => `  ${r.text}`).join('\n')}`)
      .join('\n');
  }
}
