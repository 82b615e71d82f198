// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RunMessage } from '../../src/app/RunMessage';
import { resetStore, useStore } from '../../src/store';
import { fetchFailed } from '../../src/worker/errors';

const store = () => useStore.getState();

beforeEach(() => resetStore());
afterEach(() => cleanup());

describe('a model that failed to load can be tried again', () => {
  it('shows Retry beside a load error; pressing it asks for the model again', () => {
    store().modelFailed(store().modelKey, fetchFailed('config.json', 'fetch_failed'));
    render(<RunMessage />);
    expect(screen.getByRole('alert').textContent).toContain('config.json could not be fetched');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(store().modelRetries).toBe(1);
    expect(store().modelStatus).toBe('loading');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no Retry for what the reader typed', () => {
    store().runStarted(1);
    store().runFailed(1, { code: 'too_long', message: 'Too long.', limit: 31, length: 40 });
    render(<RunMessage />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
