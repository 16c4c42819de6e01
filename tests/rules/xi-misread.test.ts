import {describe, expect, it} from 'vitest'
import {checkSync} from '../../src/index.js'
import {ruleAlone} from '../helpers.js'

const columns = (text: string) =>
  checkSync(text, ruleAlone('xi-misread')).messages.map((message) => (message.place as {start: {column: number}}).start.column)

describe('xi-misread', () => {
  it('looks for the full name in the same sentence only', () => {
    expect(columns('They further Xi pushed the plan. Xi Jinping Thought is studied.')).toEqual([])
    expect(columns('They further Xi implemented Xi Jinping Thought.')).toEqual([14])
  })

  it('flags each misread in a long sentence', () => {
    const text = 'We studied Xi and implemented, '.repeat(3) + 'Xi Jinping Thought.'
    expect(columns(text)).toEqual([12, 43, 74])
  })

  it('leaves titles, names and possessives', () => {
    expect(columns("General Secretary Xi urged study of Xi Jinping Thought; Xi’s view and Xi-style governance.")).toEqual([])
  })

  it('takes 学习 as a noun before and after its companions', () => {
    expect(columns('Strengthen the Xi and implementation of the rules; organize Xi activities; deepen concentrated Xi.')).toEqual([
      16, 61, 96
    ])
    expect(columns('The Xi of old returned; Xi and Li met; when Xi and implementation teams met; we met Xi and education officials.')).toEqual([])
  })
})

describe('xi-misread: 学习 as a verb', () => {
  it('takes `Xi` after a modal verb or a verb and `to` as 学习 before a manner or an object', () => {
    expect(columns('Youth must Xi hard; members will Xi earnestly; staff have to Xi the theory.')).toEqual([12, 34, 62])
  })

  it('leaves the man after a modal verb or `to` alone', () => {
    expect(columns('Why must Xi attend? Can Xi well afford it? Letters went to Xi well in time. She spoke to Xi the day after.')).toEqual([])
  })
})
