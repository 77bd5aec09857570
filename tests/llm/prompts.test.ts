import { describe, expect, it } from 'vitest';
import { loadLlmPrompts, parsePrompt, PromptError, renderPrompt } from '../../src/llm/prompts.js';

describe('prompts as data', () => {
  it('loads both prompts at start, with the placeholders the code fills in', async () => {
    const prompts = await loadLlmPrompts();
    expect(prompts.nluFallback.placeholders).toEqual(['message']);
    expect([...prompts.groundedAnswer.placeholders].sort()).toEqual(['passages', 'question']);
    // The maintainers' note above "## system" is not sent to the model.
    expect(prompts.groundedAnswer.system).not.toMatch(/Placeholders/);
    expect(prompts.groundedAnswer.system).toMatch(/2 到 3 句/);
  });

  it('refuses at start a prompt that lost a section or a placeholder', () => {
    expect(() => parsePrompt('x.md', '## system\n只有系统提示')).toThrow(PromptError);
    expect(() => parsePrompt('x.md', '## system\n说明\n## user\n没有占位符', ['message'])).toThrow(
      /\{\{message\}\}/,
    );
  });

  it('puts the resident’s words in as they are, without reading placeholders inside them', () => {
    const template = parsePrompt('x.md', '## system\n规则\n\n## user\n消息：{{message}}', ['message']);
    expect(renderPrompt(template, { message: '{{message}} $& 你好' })).toEqual([
      { role: 'system', content: '规则' },
      { role: 'user', content: '消息：{{message}} $& 你好' },
    ]);
    expect(() => renderPrompt(template, {})).toThrow(PromptError);
  });
});
